package cn.gongkai.dedup;

import static cn.gongkai.dedup.DedupBatch.RowOutcome.MERGED;
import static cn.gongkai.dedup.DedupBatch.RowOutcome.NEW_PUBLICATION;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.publication.Channel;
import cn.gongkai.publication.Disclosure;
import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationRecord;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Deduplication of SPEC section 5 as pure logic (both passes of the load), over an in-memory store of loaded publications. */
class DeduplicatorTest {

  private final InMemoryPublicationStore store = new InMemoryPublicationStore();
  private final Deduplicator deduplicator = new Deduplicator(store);

  @Test
  void mergesRecordsSharingOnlyTheIndexNumber() throws IOException {
    DedupBatch batch = load(row("GK-1", "关于甲的通知", null, "2019-03-01", "a.csv", 2),
        row("GK-1", "关于甲的通知（更正）", null, "2019-03-05", "b.csv", 7));

    assertThat(batch.outcomes()).containsExactly(NEW_PUBLICATION, MERGED);
    assertThat(store.publications).hasSize(1);
    assertThat(single().rows()).isEqualTo(2);
  }

  @Test
  void mergesRecordsSharingOnlyPublisherAndDocNumber() throws IOException {
    load(row(null, "关于乙的通知", "示民发〔2019〕3号", "2019-03-01", "a.csv", 2),
        row(null, "乙通知", "示民发〔2019〕3号", "2019-04-01", "b.csv", 3));

    assertThat(store.publications).hasSize(1);
  }

  @Test
  void mergesRecordsWhosePublisherDiffersOnlyInWidthOrSpaces() throws IOException {
    load(row(null, "关于乙的通知", "示民发〔2019〕3号", "2019-03-01", "a.csv", 2).withPublisher("示例市民政局(本级)"),
        row(null, "乙通知", "示民发〔2019〕3号", "2019-04-01", "b.csv", 3).withPublisher("示例市 民政局（本级）"),
        row(null, "乙的通知", "示民发〔2019〕3号", "2019-05-01", "c.csv", 4).withPublisher("　示例市　民政局（本级） "));

    assertThat(store.publications).hasSize(1);
    assertThat(single().rows()).isEqualTo(3);
  }

  @Test
  void mergesRecordsSharingOnlyTheNormalizedTitleAndDate() throws IOException {
    load(row(null, "关于《丙》的通知。", null, "2019-03-01", "a.csv", 2),
        row(null, "关于 丙 的通知", null, "2019-03-01", "b.csv", 3));

    assertThat(store.publications).hasSize(1);
  }

  @Test
  void keepsRecordsApartWhenNoKeyMatches() throws IOException {
    load(row("GK-1", "关于甲的通知", "示民发〔2019〕1号", "2019-03-01", "a.csv", 2),
        row("GK-2", "关于甲的通知", "示民发〔2019〕2号", "2019-03-02", "a.csv", 3));

    assertThat(store.publications).hasSize(2);
  }

  @Test
  void mergesTransitivelyAcrossDifferentKeys() throws IOException {
    load(row("GK-1", "甲", null, "2019-03-01", "a.csv", 2),
        row("GK-1", "乙", "示民发〔2019〕9号", "2019-03-02", "b.csv", 2),
        row(null, "丙", "示民发〔2019〕9号", "2019-03-03", "c.csv", 2));

    assertThat(store.publications).hasSize(1);
    assertThat(single().rows()).isEqualTo(3);
  }

  @Test
  void mergesARowOfALaterRunIntoTheLoadedPublication() throws IOException {
    load(row("GK-1", "关于甲的通知", null, "2019-03-01", "a.csv", 2));
    String id = store.publications.keySet().iterator().next();

    DedupBatch later = load(row("GK-1", "关于甲的通知", null, "2019-03-01", "b.csv", 9).withChannels(Channel.GOVERNMENT_GAZETTE));

    assertThat(later.outcomes()).containsExactly(MERGED);
    assertThat(store.publications).containsOnlyKeys(id);
    assertThat(single().record().channels()).containsExactlyInAnyOrder(Channel.GOVERNMENT_WEBSITE, Channel.GOVERNMENT_GAZETTE);
  }

  @Test
  void aRowBridgingTwoLoadedPublicationsMergesThemIntoOne() throws IOException {
    load(row("GK-1", "甲", null, "2019-03-01", "a.csv", 2), row(null, "乙", "示民发〔2019〕9号", "2019-05-01", "a.csv", 3));
    assertThat(store.publications).hasSize(2);

    DedupBatch bridge = load(row("GK-1", "丙", "示民发〔2019〕9号", "2019-06-01", "b.csv", 2));

    assertThat(bridge.deletions()).hasSize(1);
    assertThat(store.publications).hasSize(1);
    assertThat(single().rows()).isEqualTo(3);
    assertThat(single().record().publishedDate()).isEqualTo(LocalDate.parse("2019-03-01"));
  }

  @Test
  void withoutARefusedSurvivorTheBatchNeitherWritesItNorDeletesWhatItWouldHaveAbsorbed() throws IOException {
    load(row("GK-1", "甲", null, "2019-03-01", "a.csv", 2), row(null, "乙", "示民发〔2019〕9号", "2019-05-01", "a.csv", 3));
    DedupBatch bridge = TwoPassRun.load(deduplicator, store, List.of(row("GK-1", "丙", "示民发〔2019〕9号", "2019-06-01", "b.csv", 2).record(),
        row("GK-7", "丁", null, "2019-07-01", "b.csv", 3).record()), 10);
    String survivor = bridge.publicationOfRow().get(0);
    String other = bridge.publicationOfRow().get(1);

    DedupBatch kept = bridge.without(Set.of(survivor));

    assertThat(bridge.deletions()).hasSize(1);
    assertThat(bridge.absorbedBy()).containsValue(survivor);
    assertThat(kept.deletions()).as("the absorbed publication stays while its survivor is not written").isEmpty();
    assertThat(kept.upserts()).extracting(DedupBatch.Upsert::id).containsExactly(other);
  }

  @Test
  void nearDuplicatesMergedByConfigurationAreOneOnlyWhenTheirMergeIsWritten() throws IOException {
    load(row(null, "关于开展困难群众走访慰问的通知", null, "2019-03-01", "a.csv", 2),
        row(null, "关于开展困难群众走访慰问工作的通知", null, "2019-03-02", "b.csv", 2),
        row(null, "关于做好年度统计工作的通知", null, "2019-03-05", "a.csv", 3));
    List<String> ids = new ArrayList<>(store.publications.keySet());
    String first = ids.get(0);
    String second = ids.get(1);
    String third = ids.get(2);

    DedupBatch merge = deduplicator.mergeLoaded(List.of(Set.of(first, second)));
    String survivor = merge.upserts().get(0).id();

    assertThat(merge.joins(first, second)).isTrue();
    assertThat(merge.joins(first, third)).as("never paired").isFalse();
    assertThat(merge.without(Set.of(survivor)).joins(first, second)).as("Elasticsearch refused the merge").isFalse();
  }

  @Test
  void aBridgedPublicationsOtherKeysFollowItToTheSurvivor() throws IOException {
    load(row("GK-1", "甲", null, "2019-03-01", "a.csv", 2), row("GK-2", "乙", "示民发〔2019〕9号", "2019-05-01", "a.csv", 3));
    load(row("GK-1", "丙", "示民发〔2019〕9号", "2019-06-01", "b.csv", 2));

    DedupBatch later = load(row("GK-2", "丁", null, "2019-07-01", "c.csv", 2));

    assertThat(later.outcomes()).containsExactly(MERGED);
    assertThat(store.publications).hasSize(1);
  }

  @Test
  void mergesWithTheUnionOfChannelsTheEarliestDateAndTheFirstNonBlankValues() throws IOException {
    load(row("GK-1", "关于甲的通知", null, "2019-03-05", "b.csv", 3).withChannels(Channel.GOVERNMENT_GAZETTE)
            .withDocNo("示民发〔2019〕1号"),
        row("GK-1", "关于甲的通知", null, "2019-03-01", "a.csv", 2).withChannels(Channel.NEW_MEDIA));

    PublicationRecord merged = single().record();
    assertThat(merged.channels()).containsExactlyInAnyOrder(Channel.GOVERNMENT_GAZETTE, Channel.NEW_MEDIA);
    assertThat(merged.publishedDate()).isEqualTo(LocalDate.parse("2019-03-01"));
    assertThat(merged.docNo()).isEqualTo("示民发〔2019〕1号");
    assertThat(single().provenance()).extracting(Provenance::file).containsExactly("a.csv", "b.csv");
  }

  @Test
  void theSameRowDeliveredAgainAddsItsProvenanceButNoContribution() throws IOException {
    load(row("GK-1", "甲", null, "2019-03-01", "a.csv", 2));

    load(row("GK-1", "甲", null, "2019-03-01", "a-again.csv", 2));

    assertThat(single().contributions()).hasSize(1);
    assertThat(single().provenance()).extracting(Provenance::file).containsExactly("a-again.csv", "a.csv");
  }

  @Test
  void givesTheSamePublicationsWhateverTheRunsChunksAndTheirOrder() throws IOException {
    List<Row> rows = realisticRowsWithDuplicates(new Random(7), 400);
    Set<String> oneGo = figures(rows, rows.size(), new Random(1));
    for (int seed = 1; seed <= 25; seed++) {
      Random random = new Random(seed);
      List<Row> shuffled = new ArrayList<>(rows);
      Collections.shuffle(shuffled, random);

      assertThat(figures(shuffled, 1 + random.nextInt(60), random)).as("seed %d", seed).isEqualTo(oneGo);
    }
  }

  /** What the figures see of each publication: every merged value but where its rows came from. */
  private static Set<String> figures(List<Row> rows, int maxRun, Random random) throws IOException {
    InMemoryPublicationStore store = new InMemoryPublicationStore();
    Deduplicator deduplicator = new Deduplicator(store);
    for (int from = 0; from < rows.size(); ) {
      int to = Math.min(rows.size(), from + 1 + random.nextInt(maxRun));
      TwoPassRun.load(deduplicator, store, rows.subList(from, to).stream().map(Row::record).toList(),
          1 + random.nextInt(20));
      from = to;
    }
    return store.publications.values().stream()
        .map(p -> p.record().toString().replaceAll("provenance=Provenance\\[[^]]*]", "") + " rows=" + p.rows())
        .collect(Collectors.toSet());
  }

  private static List<Row> realisticRowsWithDuplicates(Random random, int count) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (i > 0 && random.nextInt(4) == 0) {
        Row original = rows.get(random.nextInt(rows.size()));
        rows.add(duplicateOf(original, random, "dup-" + i + ".csv"));
      } else {
        String date = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(365)).toString();
        rows.add(row(random.nextInt(3) == 0 ? null : "GK-" + i, "第" + i + "号公告", random.nextBoolean() ? null
            : "示民发〔2019〕" + i + "号", date, "f" + (i % 7) + ".csv", i + 2));
      }
    }
    return rows;
  }

  /** The same publication as another exporter writes it: one shared key, other values may differ. */
  private static Row duplicateOf(Row original, Random random, String file) {
    PublicationRecord r = original.record();
    return switch (random.nextInt(3)) {
      case 0 -> r.indexNo() == null ? duplicateOf(original, random, file)
          : row(r.indexNo(), r.title() + "（转载）", null, r.publishedDate().plusDays(2).toString(), file, 2)
              .withChannels(Channel.GOVERNMENT_GAZETTE);
      case 1 -> r.docNo() == null ? duplicateOf(original, random, file)
          : row(null, "转发" + r.title(), r.docNo(), r.publishedDate().toString(), file, 3);
      default -> row(null, r.title(), null, r.publishedDate().toString(), file, 4).withChannels(Channel.NEW_MEDIA);
    };
  }

  @Test
  void aRunReplayedByARestartCountsItsRowsAsTheFirstAttemptDid() throws IOException {
    Deduplicator run7 = new Deduplicator(store, 7);
    List<PublicationRecord> chunk = List.of(row("GK-1", "关于甲的通知", null, "2019-03-01", "a.csv", 2).record(),
        row("GK-1", "关于甲的通知", null, "2019-03-01", "b.csv", 5).record(),
        row("GK-2", "关于乙的通知", null, "2019-03-02", "a.csv", 3).record());
    DedupBatch first = TwoPassRun.load(run7, store, chunk, 2); // written, then the run failed before committing

    DedupBatch replayed = TwoPassRun.load(run7, store, chunk, 2);

    assertThat(first.outcomes()).containsExactly(NEW_PUBLICATION, MERGED, NEW_PUBLICATION);
    assertThat(replayed.outcomes()).isEqualTo(first.outcomes());
    assertThat(store.publications).hasSize(2);
    assertThat(store.publications.values()).extracting(MergedPublication::rows).containsOnly(2, 1);
  }

  @Test
  void theSameRowsInALaterRunMergeEvenFromFilesOfTheSameName() throws IOException {
    List<PublicationRecord> rows = List.of(row("GK-1", "关于甲的通知", null, "2019-03-01", "a.csv", 2).record());
    TwoPassRun.load(new Deduplicator(store, 7), store, rows, 10);

    DedupBatch nextRun = TwoPassRun.load(new Deduplicator(store, 8), store, rows, 10);

    assertThat(nextRun.outcomes()).containsExactly(MERGED);
  }

  @Test
  void aPublicationKeepsTheOriginOfTheRowThatCreatedItThroughLaterMerges() throws IOException {
    TwoPassRun.load(new Deduplicator(store, 7), store,
        List.of(row("GK-1", "关于甲的通知", null, "2019-03-05", "a.csv", 4).record()), 10);
    TwoPassRun.load(new Deduplicator(store, 8), store,
        List.of(row("GK-1", "关于甲的通知", null, "2019-03-01", "b.csv", 9).record()), 10);

    assertThat(single().origin()).isEqualTo(new RowOrigin(7, "a.csv", 4));
  }

  @Test
  void aPublicationIsToCompareAgainWhenNewOrWhenItsPublisherDateOrTitleMove() throws IOException {
    DedupBatch created = load(row("GK-1", "关于甲的通知", null, "2019-03-05", "a.csv", 2));
    DedupBatch reExported = load(row("GK-1", "关于甲的通知", null, "2019-03-05", "b.csv", 9)
        .withChannels(Channel.GOVERNMENT_GAZETTE));
    DedupBatch earlier = load(row("GK-1", "关于甲的通知", null, "2019-03-01", "c.csv", 3)); // the earliest date wins
    load(row(null, "乙", "示民发〔2019〕9号", "2019-05-01", "d.csv", 3));
    DedupBatch bridge = load(row("GK-1", "丙", "示民发〔2019〕9号", "2019-06-01", "e.csv", 2));

    assertThat(created.upserts()).singleElement().satisfies(upsert -> {
      assertThat(upsert.replaced()).isEmpty();
      assertThat(upsert.movesForComparison()).isTrue();
    });
    // merged into, with a new channel, but where it was: it pairs with nothing it did not pair with
    assertThat(reExported.upserts()).singleElement().satisfies(upsert -> {
      assertThat(upsert.replaced()).hasSize(1);
      assertThat(upsert.movesForComparison()).isFalse();
    });
    assertThat(earlier.upserts()).singleElement().satisfies(upsert -> assertThat(upsert.movesForComparison()).isTrue());
    assertThat(bridge.upserts()).singleElement().satisfies(upsert -> {
      assertThat(upsert.replaced()).hasSize(2);
      assertThat(upsert.movesForComparison()).isTrue();
    });
  }

  /** One run of these rows, in chunks of one: a group's rows wait across chunks. */
  private DedupBatch load(Row... rows) throws IOException {
    return TwoPassRun.load(deduplicator, store, List.of(rows).stream().map(Row::record).toList(), 1);
  }

  private MergedPublication single() {
    assertThat(store.publications).hasSize(1);
    return store.publications.values().iterator().next();
  }

  static Row row(String indexNo, String title, String docNo, String date, String file, long line) {
    return new Row(new PublicationRecord(indexNo, title, docNo, "示例市民政局", "示例市民政局", "办公室", null,
        LocalDate.parse(date), Disclosure.PROACTIVE, Set.of(Channel.GOVERNMENT_WEBSITE), null, null, null, null, null,
        null, new Provenance(file, line, "办公室")));
  }

  /** A test row, with small edits for the cases. */
  record Row(PublicationRecord record) {
    Row withChannels(Channel... channels) {
      PublicationRecord r = record;
      return new Row(new PublicationRecord(r.indexNo(), r.title(), r.docNo(), r.publisher(), r.organization(),
          r.department(), r.createdDate(), r.publishedDate(), r.disclosure(), Set.of(channels), r.declaredCategory(),
          r.docType(), r.validity(), r.repealedDate(), r.url(), r.summary(), r.provenance()));
    }

    Row withPublisher(String publisher) {
      return new Row(PublicationKeysTest.withPublisher(record, publisher));
    }

    Row withDocNo(String docNo) {
      PublicationRecord r = record;
      return new Row(new PublicationRecord(r.indexNo(), r.title(), docNo, r.publisher(), r.organization(),
          r.department(), r.createdDate(), r.publishedDate(), r.disclosure(), r.channels(), r.declaredCategory(),
          r.docType(), r.validity(), r.repealedDate(), r.url(), r.summary(), r.provenance()));
    }
  }
}
