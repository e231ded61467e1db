package cn.gongkai.dedup;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The loaded publications and key registry, in memory, applying each batch as the real store does. */
final class InMemoryPublicationStore implements PublicationStore {

  final Map<String, MergedPublication> publications = new TreeMap<>();
  final Map<String, String> keys = new HashMap<>();

  @Override
  public Map<String, String> publicationsByKey(Set<String> wanted) {
    Map<String, String> found = new HashMap<>();
    wanted.forEach(key -> {
      if (keys.containsKey(key)) {
        found.put(key, keys.get(key));
      }
    });
    return found;
  }

  @Override
  public Map<String, MergedPublication> publications(Set<String> ids) {
    Map<String, MergedPublication> found = new HashMap<>();
    ids.forEach(id -> {
      if (publications.containsKey(id)) {
        found.put(id, publications.get(id));
      }
    });
    return found;
  }

  void apply(DedupBatch batch) {
    batch.upserts().forEach(upsert -> publications.put(upsert.id(), upsert.publication()));
    batch.deletions().forEach(publications::remove);
    keys.putAll(batch.keyAssignments());
  }
}
