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

  private static final HexFormat HEX = HexFormat.of();
  /** Looking a digest up costs more than hashing a short key: each thread keeps one (a load hashes millions). */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(StableId::sha256);

  private StableId() {}

  /** 32 lower-case hex characters; the same for the same key, on every machine. */
  public static String of(String key) {
    byte[] digest = SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8));
    return HEX.formatHex(digest, 0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
