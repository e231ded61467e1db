package cn.gongkai.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.job.FileSummary;
import cn.gongkai.job.IngestRunner;
import cn.gongkai.job.RunSummary;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deduplication of SPEC section 5 against the real node: each key alone, transitively, across files
 * and runs, bridging two loaded publications, channel union, near-duplicates, and the same figures
 * however the rows are split.
 */
class DeduplicationIT extends PipelineIntegrationTest {

  private static final String ORG = "示例市民政局";
  private static final String HEADER = "索引号,标题,文号,发布机构,责任部门,发布日期,公开渠道,信息类别";

  @Autowired
  IngestRunner ingestRunner;

  @Autowired
  FiguresQuery figuresQuery;

  @TempDir
  Path temp;

  @Test
  void mergesRowsThatShareOnlyTheIndexNumberAcrossFiles() throws Exception {
    RunSummary run = ingest("k1", Map.of(
        "a.csv", List.of("GK-1,关于甲的通知,,示例市民政局,办公室,2019-03-01,政府网站,"),
        "b.csv", List.of("GK-1,甲通知（转载）,,示例市民政局,办公室,2019-03-04,政府公报,")));

    assertThat(run.totals().loaded()).isEqualTo(1);
    assertThat(run.totals().merged()).isEqualTo(1);
    assertThat(publications(2019).total()).isEqualTo(1);
  }

  @Test
  void mergesRowsThatShareOnlyPublisherAndDocNumber() throws Exception {
    ingest("k2", Map.of(
        "a.csv", List.of(",关于乙的通知,示民发〔2019〕3号,示例市民政局,办公室,2019-03-01,政府网站,"),
        "b.csv", List.of(",转发乙通知,示民发[2019]3号,示例市民政局,办公室,2019-05-01,政府网站,")));

    assertThat(publications(2019).total()).isEqualTo(1);
  }

  @Test
  void mergesRowsThatShareOnlyTheNormalizedTitleAndDate() throws Exception {
    ingest("k3", Map.of(
        "a.csv", List.of(",关于《丙》的通知。,,示例市民政局,办公室,2019-03-01,政府网站,"),
        "b.csv", List.of(",关于 丙 的通知,,示例市民政局,办公室,2019-03-01,政府网站,")));

    assertThat(publications(2019).total()).isEqualTo(1);
  }

  @Test
  void keepsPublicationsApartThatShareNoKey() throws Exception {
    ingest("apart", Map.of("a.csv", List.of(
        "GK-1,关于甲的通知,示民发〔2019〕1号,示例市民政局,办公室,2019-03-01,政府网站,",
        "GK-2,关于甲的通知,示民发〔2019〕2号,示例市民政局,办公室,2019-03-02,政府网站,")));

    assertThat(publications(2019).total()).isEqualTo(2);
  }

  @Test
  void mergesTransitivelyRowsLinkedByDifferentKeys() throws Exception {
    RunSummary run = ingest("chain", Map.of(
        "a.csv", List.of("GK-1,甲,,示例市民政局,办公室,2019-03-01,政府网站,"),
        "b.csv", List.of("GK-1,乙,示民发〔2019〕9号,示例市民政局,办公室,2019-03-02,政府网站,"),
        "c.csv", List.of(",丙,示民发〔2019〕9号,示例市民政局,办公室,2019-03-03,政府网站,")));

    assertThat(run.totals().loaded()).isEqualTo(1);
    assertThat(run.totals().merged()).isEqualTo(2);
    assertThat(publications(2019).total()).isEqualTo(1);
  }

  @Test
  void aRowOfALaterRunMergesAndOnlyItsNewChannelChangesTheFigures() throws Exception {
    ingest("first", Map.of("a.csv", List.of("GK-1,关于甲的通知,,示例市民政局,办公室,2019-03-01,政府网站,政策文件")));
    PublicationFigures.Publications before = publications(2019);

    RunSummary later = ingest("later", Map.of(
        "next-month.csv", List.of("GK-1,关于甲的通知,,示例市民政局,办公室,2019-03-01,政府公报,政策文件")));

    assertThat(later.files()).extracting(FileSummary::merged).containsExactly(1L);
    PublicationFigures.Publications after = publications(2019);
    assertThat(after.total()).isEqualTo(before.total()).isEqualTo(1);
    assertThat(after.byCategory()).isEqualTo(before.byCategory());
    assertThat(after.byChannel()).containsEntry("政府网站", 1L).containsEntry("政府公报", 1L);
    assertThat(before.byChannel()).containsEntry("政府公报", 0L);
  }

  @Test
  void aLaterRowBridgingTwoLoadedPublicationsMergesThemAndTheTotalDropsByOne() throws Exception {
    ingest("two", Map.of("a.csv", List.of(
        "GK-1,甲,,示例市民政局,办公室,2019-03-01,政府网站,",
        ",乙,示民发〔2019〕9号,示例市民政局,办公室,2019-05-01,政府网站,")));
    assertThat(publications(2019).total()).isEqualTo(2);

    ingest("bridge", Map.of("b.csv", List.of("GK-1,丙,示民发〔2019〕9号,示例市民政局,办公室,2019-06-01,政府网站,")));

    assertThat(publications(2019).total()).isEqualTo(1);
    var document = connection.client().search(s -> s.index(INDEX_PREFIX + "-publications"), Map.class)
        .hits().hits().get(0).source();
    assertThat(document).containsEntry("rows", 3).containsEntry("publishedDate", "2019-03-01");
  }

  @Test
  void listsNearDuplicatesForReviewWithoutMergingThem() throws Exception {
    // the same title two days apart (its exact key, title + date, differs), and again six days later
    RunSummary run = ingest("near", Map.of("a.csv", List.of(
        ",关于印发《示例市困难残疾人生活补贴和重度残疾人护理补贴实施办法》的通知,,示例市民政局,办公室,2019-03-01,政府网站,",
        ",关于印发《示例市困难残疾人生活补贴和重度残疾人护理补贴实施办法》的通知。,,示例市民政局,办公室,2019-03-03,政府网站,",
        ",关于印发《示例市困难残疾人生活补贴和重度残疾人护理补贴实施办法》的通知,,示例市民政局,办公室,2019-03-09,政府网站,")));

    assertThat(run.nearDuplicates()).isEqualTo(1);
    assertThat(publications(2019).total()).isEqualTo(3);
    List<String> csv = Files.readAllLines(Path.of(run.runDirectory(), "near-duplicates.csv"));
    assertThat(csv).hasSize(2);
    assertThat(csv.get(1)).contains("实施办法》的通知,2019-03-01").contains("实施办法》的通知。,2019-03-03").contains(",1.000,否,");
    var listed = connection.client().count(c -> c.index(INDEX_PREFIX + "-near-duplicates"));
    assertThat(listed.count()).isEqualTo(1);
  }

  @Test
  void listsAPairAcrossTheTurnOfAMonthOnceWhetherOneOrBothAreNew() throws Exception {
    ingest("january", Map.of("a.csv", List.of(
        ",关于开展2019年度最低生活保障对象动态管理专项检查工作的通知,,示例市民政局,办公室,2019-01-31,政府网站,")));

    // a new near-copy on 1 February pairs with January's; two new ones at the turn of March pair once
    RunSummary run = ingest("february", Map.of("b.csv", List.of(
        ",关于开展2019年度最低生活保障对象动态管理专项检查工作的通知。,,示例市民政局,办公室,2019-02-01,政府网站,",
        ",关于公布2019年第一批全市养老服务机构星级评定结果的公告,,示例市民政局,办公室,2019-02-28,政府网站,",
        ",关于公布2019年第一批全市养老服务机构星级评定结果的公告。,,示例市民政局,办公室,2019-03-01,政府网站,")));

    assertThat(run.nearDuplicates()).isEqualTo(2);
    assertThat(Files.readAllLines(Path.of(run.runDirectory(), "near-duplicates.csv"))).hasSize(3);
  }

  @Test
  void comparesTitlesTooLongForTheirKeywordField() throws Exception {
    // over 8,191 characters the title has no doc values: it is read from the stored document
    String title = "关于" + "城乡居民最低生活保障标准调整".repeat(700) + "的通知";
    RunSummary run = ingest("long", Map.of("a.csv", List.of(
        "," + title + ",,示例市民政局,办公室,2019-03-01,政府网站,",
        "," + title + "。,,示例市民政局,办公室,2019-03-03,政府网站,")));

    assertThat(title).hasSizeGreaterThan(8_191);
    assertThat(run.nearDuplicates()).isEqualTo(1);
  }

  @Test
  void findsTheSameNearDuplicatesInAFirstLoadsMemoryAsInTheIndex() throws Exception {
    List<String> rows = nearCopies(new Random(11), 120);
    // into an empty index: the run compares what it wrote, in memory
    RunSummary first = ingest("first-load", Map.of("a.csv", rows.subList(0, 70), "b.csv", rows.subList(70, 120)));
    List<String> inMemory = Files.readAllLines(Path.of(first.runDirectory(), "near-duplicates.csv"));

    startFromAnEmptyIndex();
    // one earlier publication, of another publisher and year, pairing with nothing: the run reads the index
    ingest("earlier", Map.of("x.csv", List.of(",关于其他事项的通知,,另一局,办公室,2015-06-01,政府网站,")));
    RunSummary second = ingest("second-load", Map.of("a.csv", rows.subList(0, 70), "b.csv", rows.subList(70, 120)));
    List<String> fromIndex = Files.readAllLines(Path.of(second.runDirectory(), "near-duplicates.csv"));

    assertThat(first.nearDuplicates()).isGreaterThan(10);
    assertThat(inMemory).isEqualTo(fromIndex);
  }

  @Test
  void aLaterLoadListsThePairsItsNewPublicationsMakeAndNotAgainThoseItOnlyReExported() throws Exception {
    List<String> rows = nearCopies(new Random(12), 120);
    List<String> earlier = rows.subList(0, 70);
    List<String> reExported = new ArrayList<>(earlier);
    java.util.Collections.reverse(reExported); // the same rows, in another file: merged, nothing moves
    // all at once into an empty index: every pair there is
    Set<String> all = pairs(ingest("all-at-once", Map.of("a.csv", rows)));

    startFromAnEmptyIndex();
    Set<String> first = pairs(ingest("earlier", Map.of("a.csv", earlier)));
    RunSummary later = ingest("later", Map.of("c.csv", reExported, "b.csv", rows.subList(70, 120)));

    Set<String> expected = new java.util.TreeSet<>(all);
    expected.removeAll(first);
    assertThat(first).isNotEmpty();
    assertThat(expected).isNotEmpty();
    assertThat(later.totals().merged()).isEqualTo(earlier.size());
    assertThat(pairs(later)).isEqualTo(expected);
    // and the index lists every pair once
    assertThat(connection.client().count(c -> c.index(INDEX_PREFIX + "-near-duplicates")).count())
        .isEqualTo(all.size());
  }

  /** The pairs a run listed in its near-duplicates.csv, each as its two titles and dates in order. */
  private static Set<String> pairs(RunSummary run) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(run.runDirectory(), "near-duplicates.csv"));
    return new java.util.TreeSet<>(lines.subList(1, lines.size()));
  }

  /**
   * Rows of several publishers whose titles come back a few days later with a word or a stop more
   * (near-duplicates, not duplicates), some across the turn of a month or of a year.
   */
  private static List<String> nearCopies(Random random, int count) {
    String[] publishers = {ORG, "示例市民政局(本级)", "示例市人社局"};
    String[] subjects = {"最低生活保障对象动态管理专项检查工作", "养老服务机构星级评定结果", "困难残疾人生活补贴发放情况",
        "临时救助资金使用管理", "社会组织年度检查工作", "特困人员供养标准调整"};
    List<String> rows = new ArrayList<>();
    for (int i = 0; rows.size() < count; i++) {
      String title = "关于" + subjects[random.nextInt(subjects.length)] + "的第" + i + "号通知";
      java.time.LocalDate date = java.time.LocalDate.of(2019, 1, 1).plusDays(random.nextInt(400));
      String publisher = publishers[random.nextInt(publishers.length)];
      rows.add(String.join(",", "", title, "", publisher, "办公室", date.toString(), "政府网站", ""));
      if (random.nextBoolean()) {
        String copy = random.nextBoolean() ? title + "。" : title.replace("的第", "工作的第");
        rows.add(String.join(",", "", copy, "", publisher, "办公室", date.plusDays(1 + random.nextInt(3)).toString(),
            "政府网站", ""));
      }
    }
    return rows;
  }

  @Test
  void givesTheSameFiguresHoweverTheRowsAreSplitAcrossFilesAndRuns() throws Exception {
    List<String> rows = rowsWithDuplicates(new Random(2024), 150);
    ingest("whole", Map.of("all.csv", rows));
    List<PublicationFigures> inOneFile = figures();
    assertThat(inOneFile.get(0).publications().total()).isPositive();

    for (int seed = 1; seed <= 4; seed++) {
      startFromAnEmptyIndex();
      Random random = new Random(seed);
      List<String> shuffled = new ArrayList<>(rows);
      Collections.shuffle(shuffled, random);
      int runs = 1 + random.nextInt(3);
      for (int run = 0; run < runs; run++) {
        List<String> part = shuffled.subList(run * shuffled.size() / runs, (run + 1) * shuffled.size() / runs);
        ingest("split-" + seed + "-" + run, filesOf(part, 1 + random.nextInt(4), random));
      }

      assertThat(figures()).as("seed %d, %d runs", seed, runs).isEqualTo(inOneFile);
    }
  }

  /** Rows of 120 publications plus copies that share one key with an original and differ otherwise. */
  private static List<String> rowsWithDuplicates(Random random, int count) {
    List<String> rows = new ArrayList<>();
    List<String[]> originals = new ArrayList<>();
    String[] channels = {"政府网站", "政府公报", "微信公众号", "公开栏"};
    String[] categories = {"政策文件", "工作动态", "", "社会救助"};
    String[] departments = {"办公室", "社会救助科", "养老服务科"};
    for (int i = 0; rows.size() < count; i++) {
      if (originals.size() > 10 && random.nextInt(4) == 0) {
        String[] o = originals.get(random.nextInt(originals.size()));
        String channel = channels[random.nextInt(channels.length)];
        rows.add(switch (random.nextInt(3)) {
          case 0 -> String.join(",", o[0], o[1] + "（转载）", "", ORG, o[4], o[5], channel, "");
          case 1 -> String.join(",", "", "转发" + o[1], o[2], ORG, o[4], o[5], channel, o[7]);
          default -> String.join(",", "", o[1] + "。", "", ORG, departments[random.nextInt(3)], o[5], channel, "");
        });
      } else {
        String date = java.time.LocalDate.of(2019, 1, 1).plusDays(random.nextInt(700)).toString();
        String[] o = {"GK-" + i, "第" + i + "号公告", "示民发〔2019〕" + i + "号", ORG, departments[random.nextInt(3)],
            date, channels[random.nextInt(channels.length)], categories[random.nextInt(categories.length)]};
        originals.add(o);
        rows.add(String.join(",", o));
      }
    }
    return rows;
  }

  private static Map<String, List<String>> filesOf(List<String> rows, int files, Random random) {
    Map<String, List<String>> byFile = new java.util.TreeMap<>();
    for (String row : rows) {
      byFile.computeIfAbsent("part-" + random.nextInt(files) + ".csv", name -> new ArrayList<>()).add(row);
    }
    return byFile;
  }

  private List<PublicationFigures> figures() throws IOException {
    return List.of(figuresQuery.figures(2019, ORG), figuresQuery.figures(2020, ORG));
  }

  @Test
  void mergesALaterRowIntoAPublicationLoadedBeforeDocumentsCarriedTheirKeys() throws Exception {
    ingest("before", Map.of("a.csv", List.of("GK-7,关于庚的通知,,示例市民政局,办公室,2019-03-01,政府网站,")));
    String alias = INDEX_PREFIX + "-publications";
    // as an earlier version left it: the keys lived in an index of their own, not on the publication
    var client = connection.client();
    String id = client.search(search -> search.index(alias), Map.class).hits().hits().get(0).id();
    client.update(update -> update.index(alias).id(id).doc(Collections.singletonMap("keys", null)), Map.class);
    client.indices().refresh(refresh -> refresh.index(alias));

    RunSummary later = ingest("after", Map.of("b.csv", List.of("GK-7,庚通知（转载）,,示例市民政局,办公室,2019-03-02,政府公报,")));

    assertThat(later.totals().merged()).isEqualTo(1);
    assertThat(publications(2019).total()).isEqualTo(1);
    assertThat(publications(2019).byChannel()).containsEntry("政府公报", 1L);
  }

  private PublicationFigures.Publications publications(int year) throws IOException {
    return figuresQuery.figures(year, ORG).publications();
  }

  private RunSummary ingest(String inboxName, Map<String, List<String>> files) throws Exception {
    Path inbox = Files.createDirectories(temp.resolve(inboxName));
    for (var file : files.entrySet()) {
      Files.writeString(inbox.resolve(file.getKey()), HEADER + "\n" + String.join("\n", file.getValue()) + "\n",
          StandardCharsets.UTF_8);
    }
    RunSummary summary = ingestRunner.run(inbox);
    assertThat(summary.status()).as(String.join("; ", summary.failures())).isEqualTo("COMPLETED");
    return summary;
  }
}
