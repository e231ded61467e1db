package cn.gongkai.load;

import cn.gongkai.classify.Classification;
import cn.gongkai.dedup.MergedPublication;
import cn.gongkai.dedup.RowOrigin;
import cn.gongkai.privacy.PersonalData;
import cn.gongkai.publication.Channel;
import cn.gongkai.publication.Labelled;
import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationRecord;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;

/**
 * A publication's document streamed straight into a bulk body, field for field as {@link
 * PublicationDocument} reads it back (null fields left out), without making the document, its rows'
 * documents and their lists first, or walking them by reflection. The load writes every publication
 * through here.
 */
final class PublicationJson {

  /** Each head its own generator, closed without closing the object: its tail does. */
  private static final ObjectWriter HEADS =
      ElasticsearchConnection.DOCUMENTS.writer().without(StreamWriteFeature.AUTO_CLOSE_CONTENT);
  private static final Channel[] CHANNELS = Channel.values();
  private static final String[] MONTHS = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"};
  /**
   * Dates as ISO text, each made once: a load writes a few thousand distinct dates millions of
   * times, and LocalDate.toString builds the text anew each time. Bounded, for a 废止日期 may be any year.
   */
  private static final Map<LocalDate, String> ISO_DATES = new ConcurrentHashMap<>();
  private static final int MAX_ISO_DATES = 50_000;

  private PublicationJson() {}

  /** Writes the document of {@code publication}, with its category. */
  static void write(JsonGenerator json, MergedPublication publication, List<String> keyIds,
      Classification classification, long run, String loadedAt, PublishingDelay delay) {
    head(json, publication, keyIds, run, loadedAt, delay);
    string(json, "category", classification.category());
    string(json, "categoryBasis", classification.basis().label());
    Double confidence = classification.confidence();
    if (confidence != null) {
      json.writeNumberProperty("categoryConfidence", confidence.doubleValue());
    }
    json.writeEndObject();
  }

  /**
   * The document of {@code publication} but for its category, which comes last: as bytes to keep
   * until the model has placed it, then finished by {@link #categoryTail}.
   */
  static byte[] head(MergedPublication publication, List<String> keyIds, long run, String loadedAt,
      PublishingDelay delay) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try (JsonGenerator json = HEADS.createGenerator(bytes)) {
      head(json, publication, keyIds, run, loadedAt, delay);
    }
    return bytes.toByteArray();
  }

  /**
   * What ends a document begun by {@link #head}: its category fields, as {@link #write} writes them,
   * and the closing brace.
   */
  static byte[] categoryTail(Classification classification) {
    String category = classification.category();
    String basis = classification.basis().label();
    byte[] tail = new byte[64 + JsonStringBytes.maxLength(category) + JsonStringBytes.maxLength(basis)];
    int at = ascii(",\"category\":", tail, 0);
    at = JsonStringBytes.write(category, tail, at);
    at = ascii(",\"categoryBasis\":", tail, at);
    at = JsonStringBytes.write(basis, tail, at);
    Double confidence = classification.confidence();
    if (confidence != null) {
      at = ascii(",\"categoryConfidence\":" + confidence, tail, at);
    }
    tail[at++] = '}';
    return Arrays.copyOf(tail, at);
  }

  private static int ascii(String text, byte[] into, int at) {
    for (int i = 0; i < text.length(); i++) {
      into[at++] = (byte) text.charAt(i);
    }
    return at;
  }

  private static void head(JsonGenerator json, MergedPublication publication, List<String> keyIds, long run,
      String loadedAt, PublishingDelay delay) {
    PublicationRecord record = publication.record();
    json.writeStartObject();
    string(json, "indexNo", record.indexNo());
    string(json, "title", record.title());
    string(json, "docNo", record.docNo());
    string(json, "publisher", record.publisher());
    string(json, "organization", record.organization());
    string(json, "department", record.department());
    date(json, "createdDate", record.createdDate());
    date(json, "publishedDate", record.publishedDate());
    json.writeNumberProperty("year", record.year());
    json.writeStringProperty("month", month(record.publishedDate().getMonthValue()));
    label(json, "disclosure", record.disclosure());
    channels(json, record.channels());
    string(json, "declaredCategory", record.declaredCategory());
    label(json, "docType", record.docType());
    label(json, "validity", record.validity());
    date(json, "repealedDate", record.repealedDate());
    string(json, "url", record.url());
    string(json, "summary", record.summary());
    json.writeArrayPropertyStart("provenance");
    for (Provenance provenance : publication.provenance()) {
      json.writeStartObject();
      json.writeStringProperty("file", provenance.file());
      json.writeNumberProperty("line", provenance.line());
      string(json, "department", provenance.department());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeNumberProperty("rows", publication.rows());
    json.writeNumberProperty("run", run);
    json.writeStringProperty("loadedAt", loadedAt);
    json.writeArrayPropertyStart("keys");
    for (String keyId : keyIds) {
      json.writeString(keyId);
    }
    json.writeEndArray();
    if (record.createdDate() != null) {
      Integer workingDays = delay.workingDays(record.createdDate(), record.publishedDate());
      if (workingDays != null) {
        json.writeNumberProperty("workingDays", workingDays.intValue());
      }
    }
    json.writeNumberProperty("personalData", maskedNumbers(record));
    RowOrigin origin = publication.origin();
    if (origin != null) {
      json.writeObjectPropertyStart("origin");
      json.writeNumberProperty("run", origin.run());
      json.writeStringProperty("file", origin.file());
      json.writeNumberProperty("line", origin.line());
      json.writeEndObject();
    }
    json.writeArrayPropertyStart("contributions");
    for (PublicationRecord row : publication.contributions()) {
      contribution(json, row);
    }
    json.writeEndArray();
  }

  /** The month as the index stores it, two digits. */
  static String month(int month) {
    return MONTHS[month - 1];
  }

  /** The masked tokens in every field the normalizer masks: what it counted for the row. */
  static int maskedNumbers(PublicationRecord record) {
    return PersonalData.maskedCount(record.title()) + PersonalData.maskedCount(record.summary())
        + PersonalData.maskedCount(record.docNo()) + PersonalData.maskedCount(record.publisher())
        + PersonalData.maskedCount(record.department()) + PersonalData.maskedCount(record.declaredCategory());
  }

  /** A row as {@link ContributionDocument} keeps it. */
  private static void contribution(JsonGenerator json, PublicationRecord row) {
    json.writeStartObject();
    string(json, "indexNo", row.indexNo());
    string(json, "title", row.title());
    string(json, "docNo", row.docNo());
    string(json, "publisher", row.publisher());
    string(json, "organization", row.organization());
    string(json, "department", row.department());
    date(json, "createdDate", row.createdDate());
    date(json, "publishedDate", row.publishedDate());
    label(json, "disclosure", row.disclosure());
    channels(json, row.channels());
    string(json, "declaredCategory", row.declaredCategory());
    label(json, "docType", row.docType());
    label(json, "validity", row.validity());
    date(json, "repealedDate", row.repealedDate());
    string(json, "url", row.url());
    string(json, "summary", row.summary());
    json.writeStringProperty("file", row.provenance().file());
    json.writeNumberProperty("line", row.provenance().line());
    string(json, "rowDepartment", row.provenance().department());
    json.writeEndObject();
  }

  /** The channels in their declaration order, as sorting the enum orders them. */
  private static void channels(JsonGenerator json, Set<Channel> channels) {
    json.writeArrayPropertyStart("channels");
    for (Channel channel : CHANNELS) {
      if (channels.contains(channel)) {
        json.writeString(channel.label());
      }
    }
    json.writeEndArray();
  }

  private static void string(JsonGenerator json, String name, String value) {
    if (value != null) {
      json.writeStringProperty(name, value);
    }
  }

  private static void date(JsonGenerator json, String name, LocalDate date) {
    if (date != null) {
      String iso = ISO_DATES.get(date);
      if (iso == null) {
        iso = date.toString();
        if (ISO_DATES.size() < MAX_ISO_DATES) {
          ISO_DATES.put(date, iso);
        }
      }
      json.writeStringProperty(name, iso);
    }
  }

  private static void label(JsonGenerator json, String name, Labelled value) {
    if (value != null) {
      json.writeStringProperty(name, value.label());
    }
  }
}
