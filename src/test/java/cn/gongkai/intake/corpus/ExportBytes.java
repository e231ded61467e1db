package cn.gongkai.intake.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The bytes of one corpus file, produced only when the file is written (one of them is 10 MB). The
 * factories write text in the encodings departments really export in, byte-order marks included.
 */
@FunctionalInterface
public interface ExportBytes {

  Charset GBK = Charset.forName("GBK");
  Charset GB18030 = Charset.forName("GB18030");
  Charset WINDOWS_1252 = Charset.forName("windows-1252");

  byte[] bytes();

  static ExportBytes utf8(String text) {
    return () -> text.getBytes(StandardCharsets.UTF_8);
  }

  /** UTF-8 after the byte-order mark EF BB BF, as Excel's "CSV UTF-8" saves it. */
  static ExportBytes utf8WithBom(String text) {
    return concat(octets(0xEF, 0xBB, 0xBF), utf8(text));
  }

  static ExportBytes gbk(String text) {
    return encoded(text, GBK);
  }

  static ExportBytes gb18030(String text) {
    return encoded(text, GB18030);
  }

  static ExportBytes windows1252(String text) {
    return encoded(text, WINDOWS_1252);
  }

  /** UTF-16 little-endian after the mark FF FE: Excel's "Unicode text". */
  static ExportBytes utf16leWithBom(String text) {
    return concat(octets(0xFF, 0xFE), encoded(text, StandardCharsets.UTF_16LE));
  }

  /** UTF-16 big-endian after the mark FE FF. */
  static ExportBytes utf16beWithBom(String text) {
    return concat(octets(0xFE, 0xFF), encoded(text, StandardCharsets.UTF_16BE));
  }

  static ExportBytes encoded(String text, Charset charset) {
    return () -> {
      if (!charset.newEncoder().canEncode(text)) {
        throw new IllegalArgumentException("the corpus text is not all " + charset + ": " + text);
      }
      return text.getBytes(charset);
    };
  }

  /** Raw bytes, each given as 0–255. */
  static ExportBytes octets(int... values) {
    return () -> {
      byte[] bytes = new byte[values.length];
      for (int i = 0; i < values.length; i++) {
        bytes[i] = (byte) values[i];
      }
      return bytes;
    };
  }

  /** {@code count} copies of the byte {@code value}. */
  static ExportBytes repeated(int value, int count) {
    return () -> {
      byte[] bytes = new byte[count];
      java.util.Arrays.fill(bytes, (byte) value);
      return bytes;
    };
  }

  static ExportBytes concat(ExportBytes... parts) {
    return () -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (ExportBytes part : parts) {
        out.writeBytes(part.bytes());
      }
      return out.toByteArray();
    };
  }

  /** A real zip, as an .xlsx workbook is: {@code PK\3\4}, then an entry holding {@code xml}. */
  static ExportBytes workbook(String xml) {
    return () -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        ZipEntry entry = new ZipEntry("[Content_Types].xml");
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    };
  }
}
