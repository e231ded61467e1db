package cn.gongkai.support;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
  private static final VarHandle BIG_ENDIAN = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  /** Looking a digest up costs more than hashing a short key: each thread keeps one (a load hashes millions). */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(StableId::sha256);

  private StableId() {}

  /** 32 lower-case hex characters; the same for the same key, on every machine. */
  public static String of(String key) {
    byte[] digest = SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8));
    return HEX.formatHex(digest, 0, 16);
  }

  /**
   * The 128 bits {@link #of} spells, as two longs, the first 64 first: what a table of a run's keys
   * holds instead of the hex.
   */
  public static long[] bits(String key) {
    byte[] digest = SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8));
    return new long[] {(long) BIG_ENDIAN.get(digest, 0), (long) BIG_ENDIAN.get(digest, 8)};
  }

  /** The id {@link #of} gives for the key whose {@link #bits} these are. */
  public static String hex(long high, long low) {
    return HEX.toHexDigits(high) + HEX.toHexDigits(low);
  }

  /** The {@link #bits} an id spells: the inverse of {@link #hex}. */
  public static long[] bitsOf(String id) {
    if (id.length() != 32) {
      throw new IllegalArgumentException("not a stable id: " + id);
    }
    return new long[] {Long.parseUnsignedLong(id, 0, 16, 16), Long.parseUnsignedLong(id, 16, 32, 16)};
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
