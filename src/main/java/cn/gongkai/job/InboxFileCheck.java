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

  /**
   * After a file's rows were read: a file rewritten meanwhile has had rows of two versions read, so
   * the run fails before registering it, and the next run, finding it changed, reads the inbox
   * afresh (the rows already loaded merge, they do not add).
   */
  static void requireUnchangedAfterReading(Path file, InboxEntry entry) throws IOException {
    if (changed(file, entry.size(), entry.checksum()).isPresent()) {
      throw new IllegalStateException(entry.file() + " was rewritten while this run read it: it is not registered as"
          + " ingested; the next ingest reads the inbox afresh, and the rows already loaded from it merge instead of adding");
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
