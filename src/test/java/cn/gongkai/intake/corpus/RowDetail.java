package cn.gongkai.intake.corpus;

import cn.gongkai.normalize.NormalizedRow;
import java.util.function.Function;

/**
 * A value of a loaded row that a corpus case pins down besides its line, title and 发布日期. Values
 * are what {@link NormalizedRow} holds ({@code null} for a field the record leaves empty).
 */
public enum RowDetail {
  /** The 责任部门; a case states it only where it differs from its file's department. */
  DEPARTMENT(row -> row.record().department()),
  INDEX_NO(row -> row.record().indexNo()),
  DOC_NO(row -> row.record().docNo()),
  CREATED_DATE(row -> row.record().createdDate()),
  /** A {@link cn.gongkai.publication.Disclosure}. */
  DISCLOSURE(row -> row.record().disclosure()),
  /** A set of {@link cn.gongkai.publication.Channel}s. */
  CHANNELS(row -> row.record().channels()),
  /** The channel values the vocabulary did not know, in order of appearance (a list). */
  UNKNOWN_CHANNELS(NormalizedRow::unknownChannels),
  URL(row -> row.record().url()),
  SUMMARY(row -> row.record().summary()),
  /** The length of the summary in chars, for a summary too long to spell out. */
  SUMMARY_LENGTH(row -> row.record().summary() == null ? null : row.record().summary().length());

  private final Function<NormalizedRow, Object> reader;

  RowDetail(Function<NormalizedRow, Object> reader) {
    this.reader = reader;
  }

  /** This detail's value in {@code row}. */
  public Object of(NormalizedRow row) {
    return reader.apply(row);
  }
}
