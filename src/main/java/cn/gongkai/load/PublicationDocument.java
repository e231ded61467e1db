package cn.gongkai.load;

import cn.gongkai.classify.Classification;
import cn.gongkai.dedup.PublicationId;
import cn.gongkai.publication.Channel;
import cn.gongkai.publication.Labelled;
import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationRecord;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A publication as stored in Elasticsearch (config/elasticsearch/publications-template.json): labels
 * in Chinese, as the dashboards and reports show them; dates as ISO strings.
 */
public record PublicationDocument(
    @JsonIgnore String id,
    String indexNo,
    String title,
    String docNo,
    String publisher,
    String organization,
    String department,
    String createdDate,
    String publishedDate,
    int year,
    String month,
    String disclosure,
    List<String> channels,
    String declaredCategory,
    String category,
    String categoryBasis,
    String docType,
    String validity,
    String repealedDate,
    String url,
    String summary,
    List<Provenance> provenance,
    String loadedAt) implements IndexedDocument {

  public static PublicationDocument of(PublicationRecord record, Classification classification, Instant loadedAt) {
    return new PublicationDocument(
        PublicationId.of(record),
        record.indexNo(),
        record.title(),
        record.docNo(),
        record.publisher(),
        record.organization(),
        record.department(),
        iso(record.createdDate()),
        iso(record.publishedDate()),
        record.year(),
        "%02d".formatted(record.publishedDate().getMonthValue()),
        record.disclosure().label(),
        record.channels().stream().sorted().map(Channel::label).toList(),
        record.declaredCategory(),
        classification.category(),
        classification.basis(),
        label(record.docType()),
        label(record.validity()),
        iso(record.repealedDate()),
        record.url(),
        record.summary(),
        List.of(record.provenance()),
        loadedAt.toString());
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String label(Labelled value) {
    return value == null ? null : value.label();
  }
}
