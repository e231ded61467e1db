package cn.gongkai.dedup;

import cn.gongkai.publication.PublicationRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Elasticsearch {@code _id} of a publication: a hash of its strongest key, so loading the same
 * record again addresses the same document and changes nothing.
 */
public final class PublicationId {

  private PublicationId() {}

  public static String of(PublicationRecord record) {
    return hash(PublicationKeys.of(record).get(0));
  }

  static String hash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
