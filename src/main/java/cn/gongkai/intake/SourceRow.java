package cn.gongkai.intake;

import cn.gongkai.publication.PublicationField;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One data row of an export file, before normalization.
 *
 * @param file the file name inside the inbox, for messages and provenance
 * @param line the physical line on which the row starts (1-based, the header is line 1)
 * @param values the raw text of each recognised column, as written (not trimmed); absent when the
 *     file has no such column or the row is too short to reach it
 * @param columns how many cells this row has, not counting blank cells beyond the header's width
 * @param expectedColumns how many columns the header has
 * @param rawRow the row as it appeared in the file, for the rejects file
 * @param defaults what the file's source supplies for missing values
 * @param defect what made the row unreadable, or {@code null} for a readable row
 */
public record SourceRow(
    String file,
    long line,
    Map<PublicationField, String> values,
    int columns,
    int expectedColumns,
    RawRow rawRow,
    SourceDefaults defaults,
    RowDefect defect) {

  public SourceRow {
    Objects.requireNonNull(file, "file");
    values = copyOf(values);
    Objects.requireNonNull(rawRow, "rawRow");
    Objects.requireNonNull(defaults, "defaults");
  }

  /**
   * An unmodifiable copy, as {@link Map#copyOf} would make (no null key or value), but of an EnumMap,
   * which the reader builds, as an EnumMap: copied as an array and read by ordinal, not hashed.
   */
  private static Map<PublicationField, String> copyOf(Map<PublicationField, String> values) {
    if (!(values instanceof EnumMap<PublicationField, String> byField)) {
      return Map.copyOf(values);
    }
    EnumMap<PublicationField, String> copy = new EnumMap<>(byField);
    for (String value : copy.values()) {
      Objects.requireNonNull(value);
    }
    return Collections.unmodifiableMap(copy);
  }

  /** The row's text as it appeared in the file. */
  public String raw() {
    return rawRow.text();
  }

  /** The raw value of {@code field}, or {@code null} when the row has none. */
  public String value(PublicationField field) {
    return values.get(field);
  }
}
