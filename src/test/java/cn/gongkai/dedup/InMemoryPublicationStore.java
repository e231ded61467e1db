package cn.gongkai.dedup;

import cn.gongkai.support.StableId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The loaded publications and their keys, in memory, applying each batch as the real store does. */
final class InMemoryPublicationStore implements PublicationStore {

  final Map<String, MergedPublication> publications = new TreeMap<>();
  /** Key ids ({@link StableId}s), to the publication holding them: the stored {@code keys} field. */
  final Map<String, String> keyIds = new HashMap<>();

  /** As LoadedPublications#publicationsByKeyIds looks them up. */
  Map<String, String> publicationsByKeyIds(List<String> wanted) {
    Map<String, String> found = new HashMap<>();
    wanted.forEach(keyId -> {
      if (keyIds.containsKey(keyId)) {
        found.put(keyId, keyIds.get(keyId));
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
    batch.deletions().forEach(publications::remove);
    keyIds.values().removeIf(batch.deletions()::contains);
    batch.upserts().forEach(upsert -> {
      publications.put(upsert.id(), upsert.publication());
      upsert.publication().contributions().forEach(row ->
          PublicationKeys.of(row).forEach(key -> keyIds.put(StableId.of(key), upsert.id())));
    });
  }
}
