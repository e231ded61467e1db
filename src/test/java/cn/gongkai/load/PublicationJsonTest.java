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
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/** The document the load streams is, field for field, the one {@link PublicationDocument#of} makes. */
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("publications")
  void streamsTheJsonOfThePublicationsDocument(Case example) {
    List<String> keyIds = PublicationKeyIds.of(example.publication().contributions()).sorted();
    PublicationDocument document = PublicationDocument.of("id", example.publication(), keyIds,
        example.classification(), 42, LOADED_AT, DELAY);
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    try (JsonGenerator json = ElasticsearchConnection.DOCUMENTS.createGenerator(streamed)) {
      PublicationJson.write(json, example.publication(), keyIds, example.classification(), 42, LOADED_AT.toString(),
          DELAY);
    }

    // both read back from JSON text, so numbers compare by value, not by the Java type they were written from
    JsonNode expected = ElasticsearchConnection.DOCUMENTS.readTree(
        ElasticsearchConnection.DOCUMENTS.writeValueAsBytes(document));
    JsonNode actual = ElasticsearchConnection.DOCUMENTS.readTree(streamed.toByteArray());
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.size()).as("fields").isEqualTo(expected.size()).isGreaterThan(15);
  }

  /** What a later run reads of it is the publication written: its merged values as stored, not merged again. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("publications")
  void readsBackThePublicationItStreamed(Case example) {
    List<String> keyIds = PublicationKeyIds.of(example.publication().contributions()).sorted();
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    try (JsonGenerator json = ElasticsearchConnection.DOCUMENTS.createGenerator(streamed)) {
      PublicationJson.write(json, example.publication(), keyIds, example.classification(), 42, LOADED_AT.toString(),
          DELAY);
    }

    PublicationDocument read = ElasticsearchConnection.DOCUMENTS.readValue(streamed.toByteArray(),
        PublicationDocument.class);
    assertThat(read.toMerged("id")).isEqualTo(example.publication());
  }

  private static MergedPublication one(PublicationRecord row) {
    return PublicationMerge.merge(List.of(row));
  }
}
