package cn.gongkai.normalize;

import cn.gongkai.intake.RawRow;
import cn.gongkai.intake.SourceDefaults;
import cn.gongkai.intake.SourceRow;
import cn.gongkai.publication.PublicationField;
import java.util.EnumMap;
import java.util.Map;

/** Export rows for tests: a valid row of 福利科.csv, line 7, changed one field at a time. */
final class SourceRowBuilder {

  static final String FILE = "福利科.csv";
  static final long LINE = 7;
  static final String RAW = "关于2019年春节慰问的通知,2019-01-20";
  static final String ORGANIZATION = "某市民政局";
  static final String DEFAULT_DEPARTMENT = "福利科";

  private final Map<PublicationField, String> values = new EnumMap<>(PublicationField.class);
  private int columns = 2;
  private int expectedColumns = 2;

  private SourceRowBuilder() {}

  /** A row with only a title and a publication date. */
  static SourceRowBuilder aRow() {
    return new SourceRowBuilder()
        .with(PublicationField.TITLE, "关于2019年春节慰问的通知")
        .with(PublicationField.PUBLISHED_DATE, "2019-01-20");
  }

  /** Sets the raw value of {@code field}; {@code null} removes the column. */
  SourceRowBuilder with(PublicationField field, String raw) {
    if (raw == null) {
      values.remove(field);
    } else {
      values.put(field, raw);
    }
    return this;
  }

  SourceRowBuilder withColumns(int columns, int expectedColumns) {
    this.columns = columns;
    this.expectedColumns = expectedColumns;
    return this;
  }

  SourceRow build() {
    return new SourceRow(FILE, LINE, values, columns, expectedColumns, new RawRow.Verbatim(RAW),
        new SourceDefaults(ORGANIZATION, DEFAULT_DEPARTMENT), null);
  }
}
