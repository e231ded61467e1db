package cn.gongkai.sample;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One row of a sample export, before a layout formats it. Text fields are never null: an empty
 * string is an empty cell. {@code repealedDate} is null unless the document was repealed.
 *
 * @param department the department that produced the publication, also for the office's re-exports
 * @param category the category the title was written for, declared or not
 * @param declaredCategory what the row's category column says, in the exporter's own words; empty
 *     when the row declares none
 */
record SamplePublication(
    String indexNo,
    String title,
    String docNo,
    String publisher,
    Department department,
    LocalDate createdDate,
    LocalDate publishedDate,
    LocalTime publishedTime,
    String disclosure,
    String channels,
    SampleCategory category,
    String declaredCategory,
    String docType,
    String validity,
    LocalDate repealedDate,
    String url) {

  SamplePublication {
    Objects.requireNonNull(indexNo, "indexNo");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(docNo, "docNo");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(createdDate, "createdDate");
    Objects.requireNonNull(publishedDate, "publishedDate");
    Objects.requireNonNull(publishedTime, "publishedTime");
    Objects.requireNonNull(disclosure, "disclosure");
    Objects.requireNonNull(channels, "channels");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(declaredCategory, "declaredCategory");
    Objects.requireNonNull(docType, "docType");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(url, "url");
    if (title.isBlank() || publishedDate.isBefore(createdDate)) {
      throw new IllegalArgumentException(
          "a publication needs a title and is published once created: " + indexNo);
    }
  }

  /**
   * The same publication as another exporter lists it: same index number, title, document number
   * and dates, with that exporter's channels, category wording and publisher.
   */
  SamplePublication reexported(String otherChannels, String otherDeclared, String otherPublisher) {
    return new SamplePublication(indexNo, title, docNo, otherPublisher, department, createdDate,
        publishedDate, publishedTime, disclosure, otherChannels, category, otherDeclared, docType,
        validity, repealedDate, url);
  }
}
