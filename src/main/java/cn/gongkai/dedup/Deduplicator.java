package cn.gongkai.dedup;

import cn.gongkai.publication.PublicationRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Makes one publication of each group of rows (SPEC section 5): the rows of a {@link RunGroups} group,
 * which share keys, transitively, with each other and with the loaded publications they reach. A
 * group that reaches several loaded publications (a row bridging them) keeps the one with the
 * smallest id and absorbs the others; one that reaches none makes a new publication, named after its
 * smallest key, whose first row is the one that adds it to the figures.
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

  /**
   * The publications of complete groups; the batch's rows are the groups' rows, group after group.
   * Reads (once, for all) only the loaded publications the groups reach.
   */
  public DedupBatch merge(List<RunGroup> groups) throws IOException {
    Set<String> loadedIds = new TreeSet<>();
    int rows = 0;
    for (RunGroup group : groups) {
      loadedIds.addAll(group.loadedIds());
      rows += group.rows().size();
    }
    Map<String, MergedPublication> loaded = loadedIds.isEmpty() ? Map.of() : store.publications(loadedIds);
    Batch batch = new Batch(rows);
    int first = 0;
    for (RunGroup group : groups) {
      decide(group.rows(), first, group.loadedIds(), loaded, batch);
      first += group.rows().size();
    }
    return batch.toDedupBatch();
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
      SortedSet<String> stillLoaded = new TreeSet<>();
      ids.stream().filter(loaded::containsKey).forEach(stillLoaded::add);
      if (stillLoaded.size() > 1) {
        decide(List.of(), 0, stillLoaded, loaded, batch);
      }
    }
    return batch.toDedupBatch();
  }

  /**
   * One group of a run: its rows, in the order they were read, and the loaded publications their
   * keys reach.
   */
  public record RunGroup(List<PublicationRecord> rows, SortedSet<String> loadedIds) {

    public RunGroup {
      if (rows.isEmpty()) {
        throw new IllegalArgumentException("a group has at least one row");
      }
    }
  }

  private void decide(List<PublicationRecord> groupRows, int firstRow, SortedSet<String> loadedIds,
      Map<String, MergedPublication> loaded, Batch batch) {
    List<MergedPublication> reached = new ArrayList<>(loadedIds.size());
    for (String id : loadedIds) {
      MergedPublication publication = loaded.get(id);
      if (publication != null) {
        reached.add(publication);
      }
    }
    MergedPublication merged = reached.isEmpty() && groupRows.size() == 1
        ? MergedPublication.of(groupRows.get(0)) : PublicationMerge.merge(reached, groupRows);
    if (loadedIds.isEmpty()) {
      merged = merged.withOrigin(RowOrigin.of(run, groupRows.get(0).provenance()));
    }
    PublicationKeyIds keys = PublicationKeyIds.of(merged.contributions());
    // a new publication is named after its smallest key, so the same rows always make the same id
    String id = loadedIds.isEmpty() ? keys.ofSmallestKey() : loadedIds.first();
    batch.upserts.add(new DedupBatch.Upsert(id, merged, reached, keys.sorted()));
    for (String absorbed : loadedIds.tailSet(id + "\0")) {
      batch.deletions.add(absorbed);
      batch.absorbedBy.put(absorbed, id);
    }
    int creator = loadedIds.isEmpty() ? 0 : replayedCreator(reached, groupRows);
    for (int i = 0; i < groupRows.size(); i++) {
      batch.outcomes[firstRow + i] = i == creator ? DedupBatch.RowOutcome.NEW_PUBLICATION : DedupBatch.RowOutcome.MERGED;
      batch.publicationOfRow[firstRow + i] = id;
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

  /** The decisions of a batch, gathered group by group. */
  private static final class Batch {
    final List<DedupBatch.Upsert> upserts = new ArrayList<>();
    final Set<String> deletions = new HashSet<>();
    final Map<String, String> absorbedBy = new HashMap<>();
    final DedupBatch.RowOutcome[] outcomes;
    final String[] publicationOfRow;

    Batch(int rows) {
      outcomes = new DedupBatch.RowOutcome[rows];
      publicationOfRow = new String[rows];
    }

    DedupBatch toDedupBatch() {
      return new DedupBatch(upserts, deletions, List.of(outcomes), List.of(publicationOfRow), absorbedBy);
    }
  }
}
