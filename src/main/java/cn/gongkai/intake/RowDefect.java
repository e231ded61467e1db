package cn.gongkai.intake;

import java.util.Objects;

/**
 * What was physically wrong with a row before any field could be read. The reader never throws for
 * bad data: it hands such a row on with its defect, and the normalizer rejects it, so the row is
 * counted and reported like any other.
 *
 * @param detail where and what, in Chinese for the clerk's message ({@code 第3列}, {@code 引号没有闭合})
 */
public record RowDefect(Kind kind, String detail) {

  public enum Kind {
    /** Bytes that are not text in the file's encoding (shown as U+FFFD after decoding). */
    UNDECODABLE_BYTES,
    /** Not a CSV record: a quote opened and never closed, or text after a closing quote. */
    MALFORMED_CSV
  }

  public RowDefect {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }
}
