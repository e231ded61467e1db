package cn.gongkai.dedup;

import cn.gongkai.publication.PublicationRecord;
import cn.gongkai.support.StableId;

/**
 * The Elasticsearch {@code _id} of a publication: a hash of its strongest key, so loading the same
 * record again addresses the same document and changes nothing.
 */
public final class PublicationId {

  private PublicationId() {}

  public static String of(PublicationRecord record) {
    return StableId.of(PublicationKeys.of(record).get(0));
  }
}
