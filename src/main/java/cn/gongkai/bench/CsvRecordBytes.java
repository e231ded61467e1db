package cn.gongkai.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a delimited text file into its records as bytes, line ends included, without decoding it,
 * so a record copied into another file is byte for byte what the department sent (encoding, BOM on
 * the header, quoting and all). A line end inside double quotes belongs to the field (RFC 4180).
 * Splitting bytes is sound for UTF-8, GBK and GB18030: none of their multi-byte sequences holds a
 * byte of {@code "}, CR or LF.
 */
final class CsvRecordBytes {

  private final InputStream in;
  private final ByteArrayOutputStream record = new ByteArrayOutputStream(256);

  CsvRecordBytes(InputStream in) {
    this.in = in;
  }

  /**
   * The next record with its line end (the last one may have none); lines holding nothing but a
   * line end are skipped, as readers skip them.
   *
   * @return {@code null} at the end of the input
   */
  byte[] next() throws IOException {
    while (true) {
      byte[] read = readRecord();
      if (read == null || !blank(read)) {
        return read;
      }
    }
  }

  private byte[] readRecord() throws IOException {
    record.reset();
    boolean quoted = false;
    int b;
    while ((b = in.read()) >= 0) {
      record.write(b);
      if (b == '"') {
        quoted = !quoted; // "" inside a quoted field flips twice
      } else if (b == '\n' && !quoted) {
        return record.toByteArray();
      }
    }
    return record.size() == 0 ? null : record.toByteArray();
  }

  private static boolean blank(byte[] record) {
    for (byte b : record) {
      if (b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }
}
