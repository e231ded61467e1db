package cn.gongkai.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a file's bytes once or twice to build its {@link ByteProfile}. Government exports come in
 * UTF-8 (with or without a byte-order mark) or GBK/GB18030: without a mark, a file that is valid
 * UTF-8 is UTF-8 (GBK text almost never is), else one that is valid GB18030 (a superset of GBK) is
 * GB18030, else its encoding is unknown and it is profiled under the one with fewer errors.
 */
public final class ByteProfiler {

  static final Charset GB18030 = Charset.forName("GB18030");
  private static final int CHUNK = 64 * 1024;

  /**
   * @param pinned the encoding the file's source declares, or {@code null} to detect it
   */
  public ByteProfile profile(Path file, Charset pinned) throws IOException {
    Scan first = scan(file, pinned != null ? pinned : StandardCharsets.UTF_8, true);
    if (first.kind != ByteProfile.Kind.TEXT) {
      return new ByteProfile(first.sha256(), first.size, first.kind, null, false, 0, 0);
    }
    Charset bom = first.bomCharset;
    if (pinned != null || bom != null) {
      Scan declared = bom != null && !bom.equals(first.charset) ? scan(file, bom, false) : first;
      return first.profile(declared, true);
    }
    if (first.malformed == 0) {
      return first.profile(first, false);
    }
    Scan gb = scan(file, GB18030, false);
    return first.profile(gb.malformed < first.malformed ? gb : first, false);
  }

  private static Scan scan(Path file, Charset charset, boolean digest) throws IOException {
    Scan scan = new Scan(charset, digest);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[CHUNK];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        scan.accept(buffer, read);
      }
    }
    scan.finish();
    return scan;
  }

  /** One pass over the bytes: checksum, signatures, and a decode that counts malformed sequences. */
  private static final class Scan {
    final Charset charset;
    final CharsetDecoder decoder;
    final MessageDigest digest;
    final ByteBuffer pending = ByteBuffer.allocate(CHUNK + 16);
    final CharBuffer chars = CharBuffer.allocate(CHUNK);
    long size;
    long malformed;
    long lines = 1;
    long firstMalformedLine;
    boolean onlyWhitespace = true;
    ByteProfile.Kind kind = ByteProfile.Kind.TEXT;
    Charset bomCharset;
    String checksum;

    Scan(Charset charset, boolean digest) {
      this.charset = charset;
      this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      this.digest = digest ? newDigest() : null;
    }

    void accept(byte[] buffer, int length) {
      if (size == 0) {
        inspectStart(buffer, length);
      }
      size += length;
      if (digest != null) {
        digest.update(buffer, 0, length);
      }
      pending.put(buffer, 0, length).flip();
      decode(false);
      pending.compact();
    }

    void finish() {
      pending.flip();
      decode(true);
      checksum = digest == null ? null : HexFormat.of().formatHex(digest.digest());
      if (kind == ByteProfile.Kind.TEXT && onlyWhitespace) {
        kind = ByteProfile.Kind.EMPTY;
      }
    }

    private void inspectStart(byte[] b, int length) {
      if (length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4
          || length >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
              && (b[3] & 0xFF) == 0xE0) {
        kind = ByteProfile.Kind.SPREADSHEET;
      } else if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
        bomCharset = StandardCharsets.UTF_8;
      } else if (length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
          || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
        bomCharset = StandardCharsets.UTF_16; // reads the mark to tell LE from BE
      }
    }

    private void decode(boolean end) {
      while (true) {
        CoderResult result = decoder.decode(pending, chars, end);
        inspectChars(); // what decoded before an error counts its lines first
        if (result.isError()) {
          malformed++;
          onlyWhitespace = false;
          firstMalformedLine = firstMalformedLine == 0 ? lines : firstMalformedLine;
          pending.position(pending.position() + result.length());
        } else if (result.isUnderflow()) {
          return;
        }
      }
    }

    private void inspectChars() {
      chars.flip();
      while (chars.hasRemaining()) {
        char c = chars.get();
        if (c == '\n') {
          lines++;
        } else if (c == 0 && !StandardCharsets.UTF_16.equals(bomCharset)) {
          kind = kind == ByteProfile.Kind.TEXT ? ByteProfile.Kind.BINARY : kind;
        } else if (!Character.isWhitespace(c) && c != '\uFEFF') {
          onlyWhitespace = false;
        }
      }
      chars.clear();
    }

    String sha256() {
      return checksum;
    }

    ByteProfile profile(Scan chosen, boolean declared) {
      return new ByteProfile(checksum, size, chosen.kind == ByteProfile.Kind.EMPTY ? chosen.kind : kind,
          chosen.charset, declared, chosen.malformed, chosen.firstMalformedLine);
    }

    private static MessageDigest newDigest() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JVM has SHA-256", e);
      }
    }
  }
}
