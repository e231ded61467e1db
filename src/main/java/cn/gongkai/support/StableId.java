package cn.gongkai.support;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
  /**
   * Looking a digest up costs more than hashing a short key: each thread keeps one, with the arrays a
   * key is encoded and hashed into (a load hashes millions of keys, and allocated three arrays each).
   */
  private static final ThreadLocal<Hasher> HASHER = ThreadLocal.withInitial(Hasher::new);

  private StableId() {}

  /** 32 lower-case hex characters; the same for the same key, on every machine. */
  public static String of(String key) {
    return HEX.formatHex(HASHER.get().digest(key), 0, 16);
  }

  /**
   * The 128 bits {@link #of} spells, as two longs, the first 64 first: what a table of a run's keys
   * holds instead of the hex.
   */
  public static long[] bits(String key) {
    byte[] digest = HASHER.get().digest(key);
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

  /** A thread's digest and arrays; the digest it returns is overwritten by its next. */
  private static final class Hasher {
    private final MessageDigest sha256 = sha256();
    private final byte[] digest = new byte[32];
    private byte[] utf8 = new byte[256];

    byte[] digest(String key) {
      int length = encode(key);
      sha256.update(utf8, 0, length);
      try {
        sha256.digest(digest, 0, digest.length);
      } catch (java.security.DigestException e) {
        throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
      }
      return digest;
    }

    /** {@code key}'s UTF-8 bytes, as String.getBytes(UTF_8) encodes them (a lone surrogate as '?'). */
    private int encode(String key) {
      if (utf8.length < 3 * key.length()) {
        utf8 = new byte[3 * key.length()];
      }
      int at = 0;
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        if (c < 0x80) {
          utf8[at++] = (byte) c;
        } else if (c < 0x800) {
          utf8[at++] = (byte) (0xC0 | c >> 6);
          utf8[at++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < key.length() && Character.isLowSurrogate(key.charAt(i + 1))) {
          int codePoint = Character.toCodePoint(c, key.charAt(++i));
          utf8[at++] = (byte) (0xF0 | codePoint >> 18);
          utf8[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
          utf8[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
          utf8[at++] = (byte) (0x80 | codePoint & 0x3F);
        } else if (Character.isSurrogate(c)) {
          utf8[at++] = '?';
        } else {
          utf8[at++] = (byte) (0xE0 | c >> 12);
          utf8[at++] = (byte) (0x80 | c >> 6 & 0x3F);
          utf8[at++] = (byte) (0x80 | c & 0x3F);
        }
      }
      return at;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
