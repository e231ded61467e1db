package cn.gongkai.load;

import cn.gongkai.classify.Classification;
import cn.gongkai.dedup.MergedPublication;
import cn.gongkai.dedup.RowOrigin;
import cn.gongkai.publication.Channel;
import cn.gongkai.publication.Labelled;
import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;

/**
 * A publication's document streamed straight into a bulk body: the JSON {@link PublicationDocument#of}
 * serializes to, field for field (null fields left out, as the document mapper does), without making
 * the document, its rows' documents and their lists first, or walking them by reflection. The load
 * writes every publication through here; {@code PublicationJsonTest} holds it to the record.
 */
final class PublicationJson {

  private static final Channel[] CHANNELS = Channel.values();
  /**
   * Dates as ISO text, each made once: a load writes a few thousand distinct dates millions of
   * times, and LocalDate.toString builds the text anew each time. Bounded, for a 废止日期 may be any year.
   */
  private static final Map<LocalDate, String> ISO_DATES = new ConcurrentHashMap<>();
  private static final int MAX_ISO_DATES = 50_000;

  private PublicationJson() {}

  /** Writes the document of {@code publication}, as {@link PublicationDocument#of} would make it. */
  static void write(JsonGenerator json, MergedPublication publication, List<String> keyIds,
      Classification classification, long run, String loadedAt, PublishingDelay delay) {
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
    json.writeStringProperty("month", PublicationDocument.month(record.publishedDate().getMonthValue()));
    label(json, "disclosure", record.disclosure());
    channels(json, record.channels());
    string(json, "declaredCategory", record.declaredCategory());
    string(json, "category", classification.category());
    string(json, "categoryBasis", classification.basis().label());
    Double confidence = classification.confidence();
    if (confidence != null) {
      json.writeNumberProperty("categoryConfidence", confidence.doubleValue());
    }
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
    json.writeNumberProperty("personalData", PublicationDocument.maskedNumbers(record));
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
    json.writeEndObject();
  }

  /** A row as {@link ContributionDocument#of} keeps it. */
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
