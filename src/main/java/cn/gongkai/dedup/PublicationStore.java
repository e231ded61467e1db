package cn.gongkai.dedup;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * What deduplication needs to know of the publications already loaded, by any earlier chunk or
 * run. Implemented over Elasticsearch (load/), with lookups that see writes at once.
 */
public interface PublicationStore {

  /** For each of {@code keys} that a loaded publication has, that publication's id. */
  Map<String, String> publicationsByKey(Set<String> keys) throws IOException;

  /** The loaded publications among {@code ids}; ids no longer loaded are left out. */
  Map<String, MergedPublication> publications(Set<String> ids) throws IOException;
}
