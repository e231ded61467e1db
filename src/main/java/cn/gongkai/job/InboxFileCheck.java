package cn.gongkai.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Whether an inbox file still holds the content the inbox scan decided on. The scan's checksum is
 * what the run registers as ingested once its rows are counted; a file rewritten in place after the
 * scan (a copy over a network share, an export saved again) would otherwise have its new rows loaded
 * under the old checksum, and the new content would then be skipped as already ingested forever.
 */
final class InboxFileCheck {

  private InboxFileCheck() {}

  /** Why {@code file} is no longer what the scan saw ({@code size} bytes, SHA-256 {@code checksum}); empty when it is. */
  static Optional<Change> changed(Path file, long size, String checksum) throws IOException {
    try {
      long now = Files.size(file);
      if (now != size || !checksum.equals(sha256(file))) {
        return Optional.of(new Change(size, now));
      }
      return Optional.empty();
    } catch (NoSuchFileException gone) {
      return Optional.of(new Change(size, -1));
    }
  }

  /** The SHA-256 of a file's bytes, in lower-case hex (as the inbox scan writes it). */
  static String sha256(Path file) throws IOException {
    try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * How a file changed.
   *
   * @param sizeNow its size now; -1 when it is gone
   */
  record Change(long scannedSize, long sizeNow) {

    boolean gone() {
      return sizeNow < 0;
    }
  }
}
