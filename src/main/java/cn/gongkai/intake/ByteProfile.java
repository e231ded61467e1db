package cn.gongkai.intake;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * What the bytes of a file say, before it is parsed: its checksum (which identifies a re-delivered
 * file whatever its name), whether it is text at all, and the encoding to read it with.
 *
 * @param charset the encoding to read the file with; {@code null} unless {@code kind} is TEXT
 * @param declared whether the encoding was declared (a byte-order mark, or the source pins it)
 *     rather than detected; a declared encoding is trusted, so bad bytes only reject their rows
 * @param malformed how many byte sequences are not text in {@code charset}
 * @param firstMalformedLine the line of the first of them (1-based), 0 when there is none
 */
public record ByteProfile(
    String sha256, long size, Kind kind, Charset charset, boolean declared, long malformed,
    long firstMalformedLine) {

  public enum Kind {
    /** Text in {@link #charset()}, possibly with some malformed sequences. */
    TEXT,
    /** No bytes at all, or only a byte-order mark and white space. */
    EMPTY,
    /** An Excel workbook or another Office/zip file saved instead of a CSV export. */
    SPREADSHEET,
    /** Bytes that are no text file (NUL bytes outside UTF-16). */
    BINARY
  }

  public ByteProfile {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(kind, "kind");
  }
}
