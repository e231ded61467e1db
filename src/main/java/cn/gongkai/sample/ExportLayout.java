package cn.gongkai.sample;

import cn.gongkai.publication.PublicationField;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The shape of one department's export file: its columns in order, how it writes dates, and
 * whether its system types document-number brackets as [ ] instead of 〔 〕.
 *
 * @param publishedStyle the style of the published-date column
 * @param dateStyle the style of the other date columns
 */
record ExportLayout(
    List<ExportColumn> columns,
    DateStyle publishedStyle,
    DateStyle dateStyle,
    boolean squareBrackets) {

  /**
   * @throws IllegalArgumentException without a title and a published-date column, or with a field
   *     twice
   */
  ExportLayout {
    columns = List.copyOf(columns);
    Objects.requireNonNull(publishedStyle, "publishedStyle");
    Objects.requireNonNull(dateStyle, "dateStyle");
    Set<PublicationField> fields = EnumSet.noneOf(PublicationField.class);
    for (ExportColumn column : columns) {
      if (!fields.add(column.field())) {
        throw new IllegalArgumentException("two columns hold " + column.field().label());
      }
    }
    if (!fields.containsAll(EnumSet.of(PublicationField.TITLE, PublicationField.PUBLISHED_DATE))) {
      throw new IllegalArgumentException("an export needs a title and a published-date column");
    }
  }

  /** Whether the layout has a column holding {@code field}. */
  boolean has(PublicationField field) {
    return columns.stream().anyMatch(column -> column.field() == field);
  }

  /** The same layout without the column of {@code field}, if it has one. */
  ExportLayout without(PublicationField field) {
    return new ExportLayout(columns.stream().filter(column -> column.field() != field).toList(),
        publishedStyle, dateStyle, squareBrackets);
  }

  /** The header row. */
  String[] headers() {
    return columns.stream().map(ExportColumn::header).toArray(String[]::new);
  }

  /** The cells of {@code publication}'s row, one per column, empty strings for blanks. */
  List<String> cells(SamplePublication publication) {
    return columns.stream().map(column -> cell(column.field(), publication)).toList();
  }

  private String cell(PublicationField field, SamplePublication publication) {
    return switch (field) {
      case INDEX_NO -> publication.indexNo();
      case TITLE -> publication.title();
      case DOC_NO -> squareBrackets
          ? publication.docNo().replace('〔', '[').replace('〕', ']') : publication.docNo();
      case PUBLISHER -> publication.publisher();
      case DEPARTMENT -> publication.department().label();
      case CREATED_DATE -> date(dateStyle, publication.createdDate(), publication);
      case PUBLISHED_DATE -> date(publishedStyle, publication.publishedDate(), publication);
      case DISCLOSURE -> publication.disclosure();
      case CHANNELS -> publication.channels();
      case CATEGORY -> publication.declaredCategory();
      case DOC_TYPE -> publication.docType();
      case VALIDITY -> publication.validity();
      case REPEALED_DATE -> date(dateStyle, publication.repealedDate(), publication);
      case URL -> publication.url();
      default -> "";
    };
  }

  private static String date(DateStyle style, LocalDate date, SamplePublication publication) {
    return date == null ? "" : style.format(date, publication.publishedTime());
  }
}
