package cn.gongkai.classify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The taxonomy file as one run read it, once, when it started: every step of the run, and the run
 * resumed after a failure, classifies with these bytes, whatever the file says by then.
 *
 * @param file where it was read, for the log and the summary
 * @param yaml the file's text (checked to be UTF-8 and a valid taxonomy when read)
 * @param sha256 the SHA-256 of the file's bytes, in hex: the taxonomy a run summary names
 */
public record TaxonomySnapshot(String file, String yaml, String sha256) {

  public TaxonomySnapshot {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** Reads {@code file} once and checks it. @throws TaxonomyException listing every problem of the file */
  public static TaxonomySnapshot read(Path file) {
    byte[] bytes = TaxonomyFile.bytes(file);
    TaxonomyFile.parse(file, bytes);
    return new TaxonomySnapshot(file.toString(), new String(bytes, StandardCharsets.UTF_8), sha256(bytes));
  }

  /** The SHA-256 of what {@code file} holds now, to tell whether it changed since a snapshot. */
  public static String sha256Of(Path file) {
    return sha256(TaxonomyFile.bytes(file));
  }

  /** The taxonomy, parsed again from the snapshot (it parsed when read, so it parses now). */
  public Taxonomy taxonomy() {
    return TaxonomyFile.parse(Path.of(file), yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
