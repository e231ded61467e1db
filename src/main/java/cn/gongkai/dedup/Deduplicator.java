package cn.gongkai.dedup;

import cn.gongkai.publication.PublicationRecord;
import cn.gongkai.support.StableId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes one publication of all rows that share a key (SPEC section 5), transitively, within a chunk
 * and with what earlier chunks and runs loaded: rows and loaded publications linked by any key form
 * one group, and each group becomes one publication. A group that reaches several loaded
 * publications (a row bridging them) keeps the one with the smallest id and absorbs the others.
 *
 * <p>Two lookups per chunk (keys, then the publications they name), whatever its size; nothing is
 * remembered between chunks, so memory does not grow with what is already loaded.
 */
public final class Deduplicator {

  private final PublicationStore store;
  private final long run;

  /** A deduplicator outside any run: for {@link #mergeLoaded}, and rows whose origin does not matter. */
  public Deduplicator(PublicationStore store) {
    this(store, 0);
  }

  /** @param run the ingest run whose rows it deduplicates: the origin of the publications they create */
  public Deduplicator(PublicationStore store, long run) {
    this.store = store;
    this.run = run;
  }

  public DedupBatch deduplicate(List<PublicationRecord> rows) throws IOException {
    List<List<String>> keysOfRow = rows.stream().map(PublicationKeys::of).toList();
    Map<String, String> loadedByKey = store.publicationsByKey(allKeys(keysOfRow));
    List<Group> groups = groups(rows, keysOfRow, loadedByKey);
    Set<String> loadedIds = new TreeSet<>(loadedByKey.values());
    Map<String, MergedPublication> loaded = store.publications(loadedIds);
    Batch batch = new Batch(rows.size());
    for (Group group : groups) {
      decide(group, rows, loaded, loadedByKey, batch);
    }
    return new DedupBatch(batch.upserts, batch.deletions, batch.keyAssignments, batch.outcomes(),
        batch.publicationOfRow(), batch.absorbedBy);
  }

  /**
   * Merges groups of loaded publications, each into one, as if a row had bridged them: the smallest
   * id survives, the others are absorbed. Groups of fewer than two publications still loaded change
   * nothing.
   */
  public DedupBatch mergeLoaded(List<Set<String>> groups) throws IOException {
    Set<String> allIds = new TreeSet<>();
    groups.forEach(allIds::addAll);
    Map<String, MergedPublication> loaded = store.publications(allIds);
    Batch batch = new Batch(0);
    for (Set<String> ids : groups) {
      Group group = new Group();
      ids.stream().filter(loaded::containsKey).forEach(group.loadedIds::add);
      if (group.loadedIds.size() > 1) {
        decide(group, List.of(), loaded, Map.of(), batch);
      }
    }
    return new DedupBatch(batch.upserts, batch.deletions, batch.keyAssignments, batch.outcomes(),
        batch.publicationOfRow(), batch.absorbedBy);
  }

  private void decide(Group group, List<PublicationRecord> rows, Map<String, MergedPublication> loaded,
      Map<String, String> loadedByKey, Batch batch) {
    List<MergedPublication> reached = group.loadedIds.stream().map(loaded::get).filter(p -> p != null).toList();
    List<PublicationRecord> groupRows = group.rows.stream().map(rows::get).toList();
    MergedPublication merged = PublicationMerge.merge(reached, groupRows);
    if (group.loadedIds.isEmpty()) {
      merged = merged.withOrigin(RowOrigin.of(run, groupRows.get(0).provenance()));
    }
    String id = group.loadedIds.isEmpty() ? newId(merged) : group.loadedIds.first();
    batch.upserts.add(new DedupBatch.Upsert(id, merged));
    for (String absorbed : group.loadedIds.tailSet(id, false)) {
      batch.deletions.add(absorbed);
      batch.absorbedBy.put(absorbed, id);
      keysOf(loaded.get(absorbed)).forEach(key -> batch.keyAssignments.put(key, id));
    }
    for (PublicationRecord row : groupRows) {
      for (String key : PublicationKeys.of(row)) {
        if (!id.equals(loadedByKey.get(key))) {
          batch.keyAssignments.put(key, id);
        }
      }
    }
    int creator = group.loadedIds.isEmpty() ? 0 : replayedCreator(reached, groupRows);
    for (int i = 0; i < group.rows.size(); i++) {
      batch.outcomes[group.rows.get(i)] = i == creator ? DedupBatch.RowOutcome.NEW_PUBLICATION : DedupBatch.RowOutcome.MERGED;
      batch.publicationOfRow[group.rows.get(i)] = id;
    }
  }

  /**
   * Which of a group's rows created one of the publications it reaches, in an earlier attempt of this
   * same run that failed after writing them (the chunk a restart replays); -1 when none did. That
   * row counts as the new publication it made then, as in a run that never failed.
   */
  private int replayedCreator(List<MergedPublication> reached, List<PublicationRecord> groupRows) {
    if (run == 0) {
      return -1;
    }
    for (MergedPublication publication : reached) {
      RowOrigin origin = publication.origin();
      for (int i = 0; origin != null && i < groupRows.size(); i++) {
        if (origin.is(run, groupRows.get(i).provenance())) {
          return i;
        }
      }
    }
    return -1;
  }

  /** A new publication is named after its smallest key, so the same rows always make the same id. */
  private static String newId(MergedPublication merged) {
    return StableId.of(new TreeSet<>(keysOf(merged)).first());
  }

  private static Set<String> keysOf(MergedPublication publication) {
    Set<String> keys = new HashSet<>();
    if (publication != null) {
      publication.contributions().forEach(row -> keys.addAll(PublicationKeys.of(row)));
    }
    return keys;
  }

  private static Set<String> allKeys(List<List<String>> keysOfRow) {
    Set<String> keys = new HashSet<>();
    keysOfRow.forEach(keys::addAll);
    return keys;
  }

  /** The groups of rows linked by keys, each with the loaded publications its rows' keys reach. */
  private static List<Group> groups(List<PublicationRecord> rows, List<List<String>> keysOfRow,
      Map<String, String> loadedByKey) {
    UnionFind links = new UnionFind(rows.size());
    Map<String, Integer> firstRowWithKey = new HashMap<>();
    Map<String, Integer> firstRowReaching = new HashMap<>();
    for (int row = 0; row < rows.size(); row++) {
      for (String key : keysOfRow.get(row)) {
        Integer earlier = firstRowWithKey.putIfAbsent(key, row);
        if (earlier != null) {
          links.union(earlier, row);
        }
        String loaded = loadedByKey.get(key);
        Integer reaching = loaded == null ? null : firstRowReaching.putIfAbsent(loaded, row);
        if (reaching != null) {
          links.union(reaching, row);
        }
      }
    }
    return collect(rows.size(), keysOfRow, loadedByKey, links);
  }

  private static List<Group> collect(int size, List<List<String>> keysOfRow, Map<String, String> loadedByKey,
      UnionFind links) {
    Map<Integer, Group> byRoot = new LinkedHashMap<>();
    for (int row = 0; row < size; row++) {
      Group group = byRoot.computeIfAbsent(links.find(row), root -> new Group());
      group.rows.add(row);
      for (String key : keysOfRow.get(row)) {
        String loaded = loadedByKey.get(key);
        if (loaded != null) {
          group.loadedIds.add(loaded);
        }
      }
    }
    return new ArrayList<>(byRoot.values());
  }

  /** Rows (by index, in chunk order) and the loaded publications they reach. */
  private static final class Group {
    final List<Integer> rows = new ArrayList<>();
    final TreeSet<String> loadedIds = new TreeSet<>();
  }

  /** The decisions of a chunk, gathered group by group. */
  private static final class Batch {
    final List<DedupBatch.Upsert> upserts = new ArrayList<>();
    final Set<String> deletions = new HashSet<>();
    final Map<String, String> keyAssignments = new HashMap<>();
    final Map<String, String> absorbedBy = new HashMap<>();
    final DedupBatch.RowOutcome[] outcomes;
    final String[] publicationOfRow;

    Batch(int rows) {
      outcomes = new DedupBatch.RowOutcome[rows];
      publicationOfRow = new String[rows];
    }

    List<DedupBatch.RowOutcome> outcomes() {
      return List.of(outcomes);
    }

    List<String> publicationOfRow() {
      return List.of(publicationOfRow);
    }
  }

  /** Disjoint sets of row indices, with path halving. */
  private static final class UnionFind {
    private final int[] parent;

    UnionFind(int size) {
      parent = new int[size];
      for (int i = 0; i < size; i++) {
        parent[i] = i;
      }
    }

    int find(int node) {
      while (parent[node] != node) {
        parent[node] = parent[parent[node]];
        node = parent[node];
      }
      return node;
    }

    void union(int a, int b) {
      parent[find(b)] = find(a);
    }
  }
}
