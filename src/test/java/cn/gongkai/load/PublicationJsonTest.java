package cn.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.classify.Classification;
import cn.gongkai.classify.ClassificationBasis;
import cn.gongkai.dedup.MergedPublication;
import cn.gongkai.dedup.PublicationKeyIds;
import cn.gongkai.dedup.PublicationMerge;
import cn.gongkai.dedup.RowOrigin;
import cn.gongkai.publication.Channel;
import cn.gongkai.publication.Disclosure;
import cn.gongkai.publication.DocType;
import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationRecord;
import cn.gongkai.publication.Validity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The document the load streams: every field the index maps, read back as a later run reads it
 * ({@link PublicationDocument}), and the same document when it is written in two parts.
 */
class PublicationJsonTest {

  private static final Instant LOADED_AT = Instant.parse("2026-12-07T01:02:03.456Z");
  /** Working days known only for spans inside 2024, as a calendar lacking the other years. */
  private static final PublishingDelay DELAY = (created, published) -> created.getYear() == 2024
      && published.getYear() == 2024 ? (int) ChronoUnit.DAYS.between(created, published) : null;

  static Stream<Case> publications() {
    PublicationRecord full = new PublicationRecord("11330100/2024-00012", "关于138****5678同志“任免”的通知\\\"\t😀",
        "民发〔2024〕3号", "示例市民政局", "示例市民政局", "办公室", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 11),
        Disclosure.PROACTIVE, EnumSet.of(Channel.NEW_MEDIA, Channel.GOVERNMENT_WEBSITE), "人事信息", DocType.OTHER,
        Validity.REPEALED, LocalDate.of(2025, 1, 1), "https://example.gov.cn/a?b=1&c=2", "摘要：320*************38",
        new Provenance("办公室.csv", 12, "办公室"));
    PublicationRecord sparse = new PublicationRecord(null, "养老服务补贴", null, "示例市民政局", "示例市民政局",
        "养老服务科", null, LocalDate.of(2019, 12, 31), Disclosure.ON_REQUEST, Set.of(Channel.GOVERNMENT_WEBSITE), null, null, null, null,
        null, null, new Provenance("养老服务科.csv", 3, null));
    PublicationRecord reExport = new PublicationRecord(null, "关于138****5678同志“任免”的通知", "民发〔2024〕3号",
        "示例市民政局", "示例市民政局", "办公室", LocalDate.of(2023, 12, 20), LocalDate.of(2024, 3, 10),
        Disclosure.PROACTIVE, EnumSet.of(Channel.GOVERNMENT_GAZETTE), null, DocType.NORMATIVE_DOCUMENT, Validity.VALID,
        null, null, null, new Provenance("社会救助科.csv", 40, "社会救助科"));
    MergedPublication merged = PublicationMerge.merge(List.of(full, reExport));
    return Stream.of(
        new Case("every field", one(full), new Classification("人事信息", new ClassificationBasis.Declared())),
        new Case("missing fields", one(sparse), new Classification("其他", new ClassificationBasis.Default())),
        new Case("by the model", one(sparse), new Classification("政策解读", new ClassificationBasis.Model(0.8125))),
        new Case("two rows merged, a created date outside the calendar", merged,
            new Classification("政策文件", new ClassificationBasis.Rule("normative-document"))),
        new Case("with its origin", new MergedPublication(merged.record(), merged.provenance(),
            merged.contributions(), new RowOrigin(7, "办公室.csv", 12)),
            new Classification("政策文件", new ClassificationBasis.Rule("normative-document"))));
  }

  record Case(String name, MergedPublication publication, Classification classification) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Each field the index maps, as the figures and dashboards read it, and no field written null. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("publications")
  void streamsEveryFieldOfThePublicationsDocument(Case example) {
    List<String> keyIds = PublicationKeyIds.of(example.publication().contributions()).sorted();
    JsonNode document = ElasticsearchConnection.DOCUMENTS.readTree(streamed(example, keyIds));
    PublicationRecord record = example.publication().record();

    assertThat(document.get("title").asString()).isEqualTo(record.title());
    assertThat(document.get("publishedDate").asString()).isEqualTo(record.publishedDate().toString());
    assertThat(document.get("year").asInt()).isEqualTo(record.publishedDate().getYear());
    assertThat(document.get("month").asString()).isEqualTo("%02d".formatted(record.publishedDate().getMonthValue()));
    assertThat(document.get("disclosure").asString()).isEqualTo(record.disclosure().label());
    assertThat(document.get("channels").valueStream().map(JsonNode::asString).toList())
        .isEqualTo(record.channels().stream().sorted().map(Channel::label).toList());
    assertThat(document.get("category").asString()).isEqualTo(example.classification().category());
    assertThat(document.get("categoryBasis").asString()).isEqualTo(example.classification().basis().label());
    if (example.classification().confidence() == null) {
      assertThat(document.has("categoryConfidence")).isFalse();
    } else {
      assertThat(document.get("categoryConfidence").asDouble()).isEqualTo(example.classification().confidence());
    }
    assertThat(document.get("rows").asInt()).isEqualTo(example.publication().rows());
    assertThat(document.get("run").asLong()).isEqualTo(42);
    assertThat(document.get("loadedAt").asString()).isEqualTo(LOADED_AT.toString());
    assertThat(document.get("keys").valueStream().map(JsonNode::asString).toList()).isEqualTo(keyIds).isNotEmpty();
    Integer workingDays = record.createdDate() == null ? null : DELAY.workingDays(record.createdDate(),
        record.publishedDate());
    if (workingDays == null) {
      assertThat(document.has("workingDays")).as("working days").isFalse();
    } else {
      assertThat(document.get("workingDays").asInt()).isEqualTo(workingDays);
    }
    assertThat(document.get("contributions")).hasSize(example.publication().contributions().size());
    assertThat(document.get("provenance")).hasSize(example.publication().provenance().size());
    assertThat(document.has("origin")).isEqualTo(example.publication().origin() != null);
    List<String> nulls = new ArrayList<>();
    collectNulls(document, "", nulls);
    assertThat(nulls).as("fields written null").isEmpty();
  }

  /** The numbers masked in the fields the normalizer masks, counted for the figures by department. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("publications")
  void countsTheMaskedNumbersOfItsText(Case example) {
    List<String> keyIds = PublicationKeyIds.of(example.publication().contributions()).sorted();
    JsonNode document = ElasticsearchConnection.DOCUMENTS.readTree(streamed(example, keyIds));
    String title = example.publication().record().title();
    String summary = example.publication().record().summary();
    // the full row masks a mobile number in its title and an identity number in its summary
    int expected = (title.contains("****") ? 1 : 0) + (summary != null && summary.contains("****") ? 1 : 0);
    assertThat(document.get("personalData").asInt()).isEqualTo(expected);
  }

  private static byte[] streamed(Case example, List<String> keyIds) {
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    try (JsonGenerator json = ElasticsearchConnection.DOCUMENTS.createGenerator(streamed)) {
      PublicationJson.write(json, example.publication(), keyIds, example.classification(), 42, LOADED_AT.toString(),
          DELAY);
    }
    return streamed.toByteArray();
  }

  private static void collectNulls(JsonNode node, String path, List<String> nulls) {
    if (node.isNull()) {
      nulls.add(path);
    } else if (node.isObject()) {
      node.properties().forEach(field -> collectNulls(field.getValue(), path + "/" + field.getKey(), nulls));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectNulls(node.get(i), path + "/" + i, nulls);
      }
    }
  }

  /** What a later run reads of it is the publication written: its merged values as stored, not merged again. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("publications")
  void readsBackThePublicationItStreamed(Case example) {
    List<String> keyIds = PublicationKeyIds.of(example.publication().contributions()).sorted();
    PublicationDocument read = ElasticsearchConnection.DOCUMENTS.readValue(streamed(example, keyIds),
        PublicationDocument.class);
    assertThat(read.toMerged("id")).isEqualTo(example.publication());
  }

  /**
   * A publication held back until the model places it is kept as its document's head and finished
   * with its category later: the same document, for every category, basis and confidence.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("publications")
  void aHeadFinishedByItsCategoryIsTheWholeDocument(Case example) {
    List<String> keyIds = PublicationKeyIds.of(example.publication().contributions()).sorted();
    ByteArrayOutputStream finished = new ByteArrayOutputStream();
    finished.writeBytes(PublicationJson.head(example.publication(), keyIds, 42, LOADED_AT.toString(), DELAY));
    finished.writeBytes(PublicationJson.categoryTail(example.classification()));

    JsonNode whole = ElasticsearchConnection.DOCUMENTS.readTree(streamed(example, keyIds));
    JsonNode headAndTail = ElasticsearchConnection.DOCUMENTS.readTree(finished.toByteArray());
    assertThat(headAndTail).isEqualTo(whole);
    assertThat(headAndTail.get("category").asString()).isEqualTo(example.classification().category());
    assertThat(finished.toString(StandardCharsets.UTF_8)).endsWith("}");
  }

  @Test
  void aTailEscapesItsCategoryAndKeepsASmallConfidence() {
    byte[] tail = PublicationJson.categoryTail(new Classification("政策\"解读\\", new ClassificationBasis.Model(1.5e-5)));
    JsonNode read = ElasticsearchConnection.DOCUMENTS.readTree(("{\"a\":1" + new String(tail,
        StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    assertThat(read.get("category").asString()).isEqualTo("政策\"解读\\");
    assertThat(read.get("categoryBasis").asString()).isEqualTo("model");
    assertThat(read.get("categoryConfidence").asDouble()).isEqualTo(1.5e-5);
  }

  private static MergedPublication one(PublicationRecord row) {
    return PublicationMerge.merge(List.of(row));
  }
}
