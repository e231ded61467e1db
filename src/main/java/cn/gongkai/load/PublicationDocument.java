package cn.gongkai.load;

import cn.gongkai.dedup.MergedPublication;
import cn.gongkai.dedup.RowOrigin;
import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationRecord;
import cn.gongkai.support.StableId;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A publication as stored in Elasticsearch (config/elasticsearch/publications-template.json): the
 * merged values, labelled in Chinese as dashboards and reports show them, how it was classified
 * (categoryBasis: declared, rule:&lt;id&gt;, model with its categoryConfidence, default),
 * where its rows came from, and its distinct rows for later merges.
 *
 * @param keys the {@link StableId}s of every deduplication key of its rows: what a later run's rows
 *     are looked up by (indexed, not aggregated), so the publications are their own key registry
 * @param rows how many source rows make it
 * @param run the last ingest run (job instance) that loaded or changed it
 * @param workingDays working days from 生成日期 to 发布日期 by the calendar when it was written; null
 *     without a 生成日期, or when the calendar lacks a year of the span ({@link PublishingDelay})
 * @param personalData masked numbers (去标识化) in the text it stores (title, summary, 文号, publisher,
 *     department, declared category), for the counts by department
 * @param origin the row that created it (run, file, line), which a restarted run recognizes when it
 *     replays that row; null on publications loaded before origins were recorded
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
    Double categoryConfidence,
    String docType,
    String validity,
    String repealedDate,
    String url,
    String summary,
    List<Provenance> provenance,
    int rows,
    long run,
    String loadedAt,
    List<String> keys,
    Integer workingDays,
    int personalData,
    RowOrigin origin,
    List<ContributionDocument> contributions) implements IndexedDocument {

  /** The publication this document stores (under {@code id}), as deduplication merges it further. */
  MergedPublication toMerged(String id) {
    if (contributions == null || contributions.isEmpty()) {
      throw new IllegalStateException("publication " + id + " stores no rows to merge further");
    }
    List<PublicationRecord> rows = contributions.stream().map(ContributionDocument::toRecord).toList();
    // the merged values as stored, with the first row's provenance (rows are stored in canonical order):
    // what the index holds is what a later merge replaces, and deduplication merges again from the rows
    ContributionDocument first = contributions.get(0);
    PublicationRecord stored = new ContributionDocument(indexNo, title, docNo, publisher, organization, department,
        createdDate, publishedDate, disclosure, channels, declaredCategory, docType, validity, repealedDate, url,
        summary, first.file(), first.line(), first.rowDepartment()).toRecord();
    return new MergedPublication(stored, provenance, rows, origin);
  }
}
