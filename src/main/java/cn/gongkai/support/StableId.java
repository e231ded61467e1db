package cn.gongkai.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short, stable name for a key: the first 128 bits of its SHA-256, in hex. Used wherever writing the
 * same thing twice must address the same place (a document's {@code _id}, a data directory's node).
 */
public final class StableId {

  private StableId() {}

  /** 32 lower-case hex characters; the same for the same key, on every machine. */
  public static String of(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
