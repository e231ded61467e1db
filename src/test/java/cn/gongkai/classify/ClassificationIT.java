package cn.gongkai.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.job.ClassificationTally;
import cn.gongkai.job.IngestRunner;
import cn.gongkai.job.ReclassifyRunner;
import cn.gongkai.job.ReclassifySummary;
import cn.gongkai.job.RunSummary;
import cn.gongkai.load.HeldBackFile;
import cn.gongkai.load.SavedPlacements;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Classification in the real pipeline: every loaded publication stores its category and how it got
 * it, the model learns from what departments declared (in this run and earlier ones), and
 * reclassify makes the figures follow an edited taxonomy.
 */
class ClassificationIT extends PipelineIntegrationTest {

  private static final String ORGANIZATION = "示例市民政局";

  /**
   * Declared 光荣牌 titles teach the model a subject no rule of the default taxonomy names; the other
   * declared rows keep the categories' shares balanced, so the model's guess rests on the title.
   */
  private static final List<String> DECLARED = List.of(
      "为烈属悬挂光荣牌（城东街道）,2024-05-02,社会保障",
      "为军属悬挂光荣牌（城西街道第二批）,2024-05-09,社会福利",
      "为现役军人家庭悬挂光荣牌（河口镇）,2024-05-16,社会保障",
      "示例市民政局召开半年工作推进会,2024-07-01,工作信息",
      "示例市民政局开展机关作风建设专项整治,2024-07-08,工作动态",
      "局机关举办青年干部读书分享会,2024-07-15,工作动态",
      "示例市民政局2024年部门预算,2024-02-01,预决算",
      "示例市民政局2023年部门决算,2024-08-01,财政预决算");

  @Autowired
  IngestRunner ingestRunner;

  @Autowired
  ReclassifyRunner reclassifyRunner;

  @Autowired
  FiguresQuery figuresQuery;

  @TempDir
  Path inbox;

  @Test
  void storesTheCategoryOfEveryPublicationWithHowItWasClassified() throws Exception {
    RunSummary run = ingest("办公室.csv", DECLARED, List.of(
        "关于印发《示例市养老服务补贴管理办法》的通知,2024-03-01,",
        "局领导赴社区调研养老服务工作,2024-03-05,业务工作",
        "为退役军人家庭悬挂光荣牌,2024-06-01,",
        "致广大读者朋友的一封信,2024-06-02,"));

    assertThat(document("为烈属悬挂光荣牌（城东街道）")).containsEntry("category", "社会保障")
        .containsEntry("categoryBasis", "declared").doesNotContainKey("categoryConfidence");
    assertThat(document("为军属悬挂光荣牌（城西街道第二批）")).containsEntry("category", "社会保障")
        .containsEntry("declaredCategory", "社会福利"); // a synonym, kept as written beside its category
    assertThat(document("关于印发《示例市养老服务补贴管理办法》的通知")).containsEntry("category", "政策文件")
        .containsEntry("categoryBasis", "rule:issuing-document");
    // a declared word the taxonomy does not know does not decide: the rules do
    assertThat(document("局领导赴社区调研养老服务工作")).containsEntry("category", "工作动态")
        .containsEntry("categoryBasis", "rule:news").containsEntry("declaredCategory", "业务工作");
    Map<String, Object> byModel = document("为退役军人家庭悬挂光荣牌");
    assertThat(byModel).containsEntry("category", "社会保障").containsEntry("categoryBasis", "model");
    assertThat(((Number) byModel.get("categoryConfidence")).doubleValue()).isBetween(0.6, 1.0);
    assertThat(document("致广大读者朋友的一封信")).containsEntry("category", "其他")
        .containsEntry("categoryBasis", "default").doesNotContainKey("categoryConfidence");
    assertThat(run.classification()).isEqualTo(new ClassificationTally(12, 8, 2, 1, 1, 8, 1,
        Map.of("其他 → 社会保障", 1L), ClassificationTally.FROM_LOAD, 0));
    assertThat(figuresQuery.figures(2024, ORGANIZATION).publications().byCategory())
        .containsEntry("社会保障", 4L).containsEntry("工作动态", 4L).containsEntry("其他", 1L);
  }

  /**
   * Issue 19: a first load holds back what only the model can place, and the classification step
   * writes it once, with the model's category; nothing is written a second time, as a partial update.
   */
  @Test
  void aFirstLoadWritesEveryPublicationOnceEvenThoseTheModelPlaces() throws Exception {
    ingest("办公室.csv", DECLARED, List.of("为退役军人家庭悬挂光荣牌,2024-06-01,", "致广大读者朋友的一封信,2024-06-02,"));

    var response = connection.client().search(search -> search.index(INDEX_PREFIX + "-publications").size(100)
        .version(true).source(source -> source.filter(f -> f.includes("title", "categoryBasis"))), Map.class);
    Map<String, Long> versions = new java.util.TreeMap<>();
    Map<String, Long> byBasis = new java.util.TreeMap<>();
    for (var hit : response.hits().hits()) {
      versions.put((String) hit.source().get("title"), hit.version());
      byBasis.merge((String) hit.source().get("categoryBasis"), 1L, Long::sum);
    }
    assertThat(versions).hasSize(DECLARED.size() + 2).allSatisfy((title, version) -> assertThat(version)
        .as("times %s was written", title).isEqualTo(1L));
    assertThat(byBasis).containsEntry("model", 1L).containsEntry("default", 1L);
    assertThat(document("为退役军人家庭悬挂光荣牌")).containsEntry("category", "社会保障");
    try (var runs = Files.list(DATA_DIR.resolve("runs"))) {
      assertThat(runs.map(run -> run.resolve(HeldBackFile.NAME))).as("held back and not yet written")
          .noneMatch(Files::exists);
    }
  }

  @Test
  void trainsTheModelOnWhatEarlierRunsDeclared() throws Exception {
    ingest("2024-05.csv", DECLARED, List.of());

    RunSummary later = ingest("2024-06.csv", List.of(), List.of("为退役军人家庭悬挂光荣牌,2024-06-01,"));

    assertThat(document("为退役军人家庭悬挂光荣牌")).containsEntry("category", "社会保障")
        .containsEntry("categoryBasis", "model");
    // the second run classifies what it loaded, with a model of everything declared so far
    assertThat(later.classification().publications()).isEqualTo(1);
    assertThat(later.classification().trainingTitles()).isEqualTo(8);
  }

  @Test
  void aFirstLoadTrainsTheModelOnWhatItWroteAsIfItHadReadItBack() throws Exception {
    List<String> undeclared = List.of("为退役军人家庭悬挂光荣牌,2024-06-01,", "关于做好困难群众冬季取暖工作的通知,2024-06-03,");
    // into an empty index: the model learns from what the load kept in memory
    RunSummary firstLoad = ingest("办公室.csv", DECLARED, undeclared);
    Map<String, Object> inMemory = document("为退役军人家庭悬挂光荣牌");
    var categoriesInMemory = figuresQuery.figures(2024, ORGANIZATION).publications().byCategory();

    startFromAnEmptyIndex();
    Files.delete(inbox.resolve("办公室.csv"));
    ingest("earlier.csv", List.of(), List.of("关于其他事项的通知,2015-06-01,"));
    // over an earlier publication: the model learns from the declared publications read back from the index
    RunSummary overEarlier = ingest("办公室.csv", DECLARED, undeclared);
    Map<String, Object> fromIndex = document("为退役军人家庭悬挂光荣牌");

    assertThat(inMemory).containsEntry("categoryBasis", "model");
    for (String field : List.of("category", "categoryBasis", "categoryConfidence")) {
      assertThat(inMemory.get(field)).as(field).isEqualTo(fromIndex.get(field));
    }
    assertThat(firstLoad.classification().trainingTitles()).isEqualTo(overEarlier.classification().trainingTitles())
        .isEqualTo(DECLARED.size());
    assertThat(figuresQuery.figures(2024, ORGANIZATION).publications().byCategory()).isEqualTo(categoriesInMemory);
  }

  @Test
  void aLaterLoadTrainsOnTheCountsTheRunBeforeSavedAsIfItHadReadTheIndex() throws Exception {
    List<String> later = List.of(
        "为军属悬挂光荣牌（城西街道第二批）,2024-05-09,工作动态", // a re-export declaring another category
        "为烈士家属送光荣牌（城南街道）,2024-06-05,社会保障",
        "示例市民政局召开下半年工作部署会,2024-06-20,工作动态");
    List<String> undeclared = List.of("为退役军人家庭悬挂光荣牌,2024-06-01,", "关于做好困难群众冬季取暖工作的通知,2024-06-03,");
    ingest("2024-05.csv", DECLARED, List.of("为优抚对象悬挂光荣牌,2024-05-20,"));
    RunSummary withSavedCounts = ingest("2024-06.csv", later, undeclared);
    Map<String, Map<String, Object>> fromSavedCounts = categoriesOfEveryPublication();

    startFromAnEmptyIndex();
    Files.delete(inbox.resolve("2024-05.csv"));
    Files.delete(inbox.resolve("2024-06.csv"));
    ingest("2024-05.csv", DECLARED, List.of("为优抚对象悬挂光荣牌,2024-05-20,"));
    Files.delete(savedCounts());
    RunSummary fromTheIndex = ingest("2024-06.csv", later, undeclared);

    assertThat(withSavedCounts.classification().trainedFrom()).isEqualTo(ClassificationTally.FROM_SAVED_COUNTS);
    assertThat(fromTheIndex.classification().trainedFrom()).isEqualTo(ClassificationTally.FROM_INDEX);
    assertThat(withSavedCounts.classification().trainingTitles()).isEqualTo(fromTheIndex.classification().trainingTitles())
        .isEqualTo(DECLARED.size() + 2);
    assertThat(categoriesOfEveryPublication()).isEqualTo(fromSavedCounts).hasSize(DECLARED.size() + 5);
    assertThat(fromSavedCounts.get("为退役军人家庭悬挂光荣牌")).containsEntry("categoryBasis", "model");
    // the run after trains on the counts this one saved, whichever way it trained
    assertThat(ingest("2024-07.csv", List.of(), List.of("为困难退役军人送温暖,2024-07-02,")).classification().trainedFrom())
        .isEqualTo(ClassificationTally.FROM_SAVED_COUNTS);
  }

  @Test
  void aLaterLoadClassifiesWhatTheModelPlacedBeforeFromTheSavedPlacementsAsIfItHadReadTheIndex() throws Exception {
    List<String> placedByTheModel = List.of("为优抚对象悬挂光荣牌,2024-05-20,", "为退役军人家庭悬挂光荣牌,2024-05-21,",
        "致广大读者朋友的一封信,2024-05-22,", "光荣牌悬挂工作进展情况,2024-05-23,");
    List<String> later = List.of(
        "为优抚对象悬挂光荣牌,2024-05-20,工作动态", // a re-export that declares a category: no longer the model's
        "为烈士家属送光荣牌（城南街道）,2024-06-05,社会保障", // more declared titles: a model that places otherwise
        "为军人家庭悬挂光荣牌（城北街道）,2024-06-06,社会福利",
        "示例市民政局召开下半年工作部署会,2024-06-20,工作动态");
    List<String> undeclared = List.of("为退役军人家庭悬挂光荣牌,2024-05-21,", // a re-export the model places again
        "关于光荣牌的问答,2024-06-01,");
    ingest("2024-05.csv", DECLARED, placedByTheModel);
    assertThat(savedPlacements()).exists();
    RunSummary withSavedPlacements = ingest("2024-06.csv", later, undeclared);
    Map<String, Map<String, Object>> fromSavedPlacements = categoriesOfEveryPublication();

    startFromAnEmptyIndex();
    Files.delete(inbox.resolve("2024-05.csv"));
    Files.delete(inbox.resolve("2024-06.csv"));
    ingest("2024-05.csv", DECLARED, placedByTheModel);
    Files.delete(savedPlacements());
    RunSummary fromTheIndex = ingest("2024-06.csv", later, undeclared);

    // the two saved ones the second load did not touch come from the file; without it, from the index
    assertThat(withSavedPlacements.classification().fromSavedPlacements()).isEqualTo(2);
    assertThat(fromTheIndex.classification().fromSavedPlacements()).isZero();
    assertThat(withSavedPlacements.classification().changed()).isEqualTo(fromTheIndex.classification().changed())
        .isPositive();
    assertThat(withSavedPlacements.classification().moves()).isEqualTo(fromTheIndex.classification().moves());
    assertThat(categoriesOfEveryPublication()).isEqualTo(fromSavedPlacements)
        .hasSize(DECLARED.size() + placedByTheModel.size() + 4);
    assertThat(fromSavedPlacements.get("为优抚对象悬挂光荣牌")).containsEntry("categoryBasis", "declared");
    assertThat(fromSavedPlacements.get("光荣牌悬挂工作进展情况")).containsEntry("categoryBasis", "model");
    // each run saves them anew, whichever way it read them
    long placedBefore = placedByModelOrDefault();
    assertThat(ingest("2024-07.csv", List.of(), List.of("为困难退役军人送温暖,2024-07-02,")).classification()
        .fromSavedPlacements()).isEqualTo(placedBefore).isGreaterThan(2);
  }

  @Test
  void aLaterLoadThatMergesTwoPublicationsTheModelPlacedReadsThemFromTheIndexInstead() throws Exception {
    String header = "索引号,标题,文号,发布日期,信息类别\n";
    StringBuilder earlier = new StringBuilder(header);
    DECLARED.forEach(row -> earlier.append(",").append(row.replaceFirst(",", ",,")).append("\n"));
    earlier.append("GK-1,为退役军人家庭悬挂光荣牌,,2024-05-20,\n")
        .append(",光荣牌悬挂工作进展情况,,2024-05-23,\n")
        .append(",致广大读者朋友的一封信,,2024-05-22,\n");
    // one row with the first one's 索引号 and the second one's title and 发布日期: the two become one
    String bridge = header + "GK-1,光荣牌悬挂工作进展情况,,2024-05-23,\n"
        + ",为烈士家属送光荣牌（城南街道）,,2024-06-05,社会保障\n";
    Files.writeString(inbox.resolve("2024-05.csv"), earlier);
    assertThat(ingestRunner.run(inbox).completed()).isTrue();
    long placedBefore = placedByModelOrDefault();
    Map<String, Map<String, Object>> beforeMerging = categoriesOfEveryPublication();
    Files.writeString(inbox.resolve("2024-06.csv"), bridge);
    RunSummary merging = ingestRunner.run(inbox);
    Map<String, Map<String, Object>> afterMerging = categoriesOfEveryPublication();

    startFromAnEmptyIndex();
    Files.delete(inbox.resolve("2024-06.csv"));
    assertThat(ingestRunner.run(inbox).completed()).isTrue();
    Files.delete(savedPlacements());
    Files.writeString(inbox.resolve("2024-06.csv"), bridge);
    RunSummary fromTheIndex = ingestRunner.run(inbox);

    assertThat(placedBefore).as("%s", beforeMerging).isEqualTo(3);
    assertThat(merging.completed()).as("run %s: %s", merging.status(), merging.failures()).isTrue();
    assertThat(merging.totals().merged()).isEqualTo(1);
    // the merged-away publication is gone from the index but not from the saved placements: not used
    assertThat(merging.classification().fromSavedPlacements()).isZero();
    assertThat(merging.classification().changed()).isEqualTo(fromTheIndex.classification().changed());
    assertThat(afterMerging).isEqualTo(categoriesOfEveryPublication()).hasSize(DECLARED.size() + 3);
  }

  @Test
  void reclassifyMakesTheFiguresFollowAnEditedTaxonomy() throws Exception {
    ingestRunner.run(fixture("skeleton"));
    assertThat(savedPlacements()).exists();
    Files.copy(Path.of("config", "taxonomies", "county-hrss-2017.yml"), TAXONOMY,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    ReclassifySummary summary = reclassifyRunner.run();

    assertThat(summary.completed()).isTrue();
    assertThat(savedPlacements()).as("placements saved before categories moved").doesNotExist();
    assertThat(figuresQuery.figures(2023, ORGANIZATION).publications().byCategory())
        .isEqualTo(Map.of("社会职能类", 2L, "社会保障类", 2L, "工作动态类", 1L));
    assertThat(summary.classification().publications()).isEqualTo(8);
    assertThat(summary.classification().moves()).containsEntry("社会救助 → 社会保障类", 3L)
        .containsEntry("财政预决算 → 社会职能类", 1L);
    // the declared 社会救助 maps through the new taxonomy's synonyms: still declared
    assertThat(document("2022年特困人员供养情况")).containsEntry("category", "社会保障类")
        .containsEntry("categoryBasis", "declared");
    assertThat(reclassifyRunner.run().classification().changed()).isZero();
  }

  @Test
  void aRuleAddedLaterTakesOverFromTheModelAndItsConfidenceGoes() throws Exception {
    ingest("办公室.csv", DECLARED, List.of("为退役军人家庭悬挂光荣牌,2024-06-01,"));
    assertThat(document("为退役军人家庭悬挂光荣牌")).containsKey("categoryConfidence");
    Files.writeString(TAXONOMY, Files.readString(TAXONOMY) + """

          - id: honour-plaques
            category: 社会保障
            priority: 70
            title: 光荣牌
        """);

    reclassifyRunner.run();

    // the update sets it to null, which Elasticsearch indexes as no value
    assertThat(document("为退役军人家庭悬挂光荣牌")).containsEntry("categoryBasis", "rule:honour-plaques")
        .containsEntry("categoryConfidence", null);
  }

  @Test
  void anInvalidTaxonomyStopsTheRunBeforeItReadsAnything() throws Exception {
    Files.writeString(TAXONOMY, Files.readString(TAXONOMY).replace("category: 政策解读", "category: 政策觧读"));
    Files.writeString(inbox.resolve("办公室.csv"), "标题,发布日期\n示例市民政局召开半年工作推进会,2024-07-01\n");

    assertThatThrownBy(() -> ingestRunner.run(inbox)).isInstanceOf(TaxonomyException.class)
        .hasMessageContaining(TAXONOMY.toString()).hasMessageContaining("rule interpretation")
        .hasMessageContaining("'政策觧读' is not a category");
    assertThat(connection.client().indices().exists(r -> r.index(INDEX_PREFIX + "-publications")).value()).isFalse();
  }

  private RunSummary ingest(String file, List<String> declared, List<String> undeclared) throws Exception {
    Files.writeString(inbox.resolve(file), "标题,发布日期,信息类别\n" + String.join("\n", declared)
        + (declared.isEmpty() ? "" : "\n") + String.join("\n", undeclared) + "\n");
    RunSummary run = ingestRunner.run(inbox);
    assertThat(run.completed()).as("run %s: %s", run.status(), run.failures()).isTrue();
    return run;
  }

  private static Path savedCounts() {
    return DATA_DIR.resolve("model").resolve(INDEX_PREFIX + "-publications.counts");
  }

  private static Path savedPlacements() {
    return SavedPlacements.file(DATA_DIR.resolve("model"), INDEX_PREFIX + "-publications");
  }

  /** How many publications the model or the default placed, as last refreshed. */
  private long placedByModelOrDefault() throws IOException {
    return connection.client().count(count -> count.index(INDEX_PREFIX + "-publications")
        .query(q -> q.terms(t -> t.field("categoryBasis").terms(v -> v.value(List.of(
            co.elastic.clients.elasticsearch._types.FieldValue.of("model"),
            co.elastic.clients.elasticsearch._types.FieldValue.of("default"))))))).count();
  }

  /** Each publication's category, basis and confidence, by title. */
  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> categoriesOfEveryPublication() throws IOException {
    var response = connection.client().search(search -> search.index(INDEX_PREFIX + "-publications").size(100)
        .source(source -> source.filter(f -> f.includes("title", "category", "categoryBasis", "categoryConfidence"))),
        Map.class);
    Map<String, Map<String, Object>> byTitle = new java.util.TreeMap<>();
    for (var hit : response.hits().hits()) {
      Map<String, Object> fields = new java.util.TreeMap<>(hit.source());
      byTitle.put((String) fields.remove("title"), fields);
    }
    return byTitle;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> document(String title) throws IOException {
    var response = connection.client().search(search -> search.index(INDEX_PREFIX + "-publications")
        .query(q -> q.term(t -> t.field("title.keyword").value(title))), Map.class);
    assertThat(response.hits().hits()).as("publications titled %s", title).hasSize(1);
    return response.hits().hits().get(0).source();
  }
}
