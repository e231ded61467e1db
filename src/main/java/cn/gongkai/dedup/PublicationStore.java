package cn.gongkai.dedup;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * What deduplication reads of the publications already loaded: those a run's rows (or a
 * near-duplicate merge) add to. Implemented over Elasticsearch (load/), with reads that see writes at
 * once.
 */
public interface PublicationStore {

  /** The loaded publications among {@code ids}; ids no longer loaded are left out. */
  Map<String, MergedPublication> publications(Set<String> ids) throws IOException;
}
