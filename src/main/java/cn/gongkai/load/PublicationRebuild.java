package cn.gongkai.load;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Rebuilds the publications index without anyone seeing it half-built: every publication copied,
 * as stored, into a new versioned index made from the template as it is now (a changed mapping
 * applies to all of them), which is checked to hold as many, then the alias swapped over in one
 * atomic change, and the old index deleted. Dashboards and {@code stats} read through the alias
 * and see the old index until the swap, the new one after. This Elasticsearch distribution has no
 * reindex API, so the copy is a point-in-time scan and bulk writes. Nothing may write to the
 * publications meanwhile: the caller holds the run lock.
 */
public final class PublicationRebuild {

  private static final int PAGE = 5_000;
  private static final long PROGRESS_EVERY = 50_000;

  private final ElasticsearchConnection connection;
  private final ManagedIndex publications;

  public PublicationRebuild(ElasticsearchConnection connection, Indices indices) {
    this.connection = connection;
    this.publications = indices.publications();
  }

  /** What a rebuild did. */
  public record Result(String alias, String from, String to, long publications, boolean oldDeleted, long millis) {}

  /**
   * @param keepOld keep the old index (no alias points to it) instead of deleting it
   * @param progress told how far the copy is, every 50,000 publications
   */
  public Result run(boolean keepOld, Consumer<String> progress) throws IOException {
    long start = System.nanoTime();
    publications.ensure();
    publications.refresh(); // a point in time and a count see what is refreshed: everything, then
    String from = publications.writeIndex();
    long expected = count(from);
    String to = publications.createNextIndex(from);
    try {
      long copied = copy(from, to, expected, progress);
      publications.restoreSettings(to);
      long found = count(to);
      if (copied != expected || found != expected) {
        throw new IOException("The rebuild copied " + copied + " publications and " + to + " holds " + found + ", but "
            + from + " holds " + expected + ": nothing was swapped; " + from + " is still in use");
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(to);
      throw e;
    }
    publications.swapAlias(from, to);
    if (!keepOld) {
      connection.client().indices().delete(request -> request.index(from));
    }
    return new Result(publications.alias(), from, to, expected, !keepOld, (System.nanoTime() - start) / 1_000_000);
  }

  private long copy(String from, String to, long expected, Consumer<String> progress) throws IOException {
    String pit = connection.client().openPointInTime(request -> request.index(from).keepAlive(t -> t.time("5m"))).id();
    long copied = 0;
    try {
      List<FieldValue> after = null;
      while (true) {
        List<FieldValue> searchAfter = after;
        List<Hit<Map>> hits = connection.client().search(search -> {
          search.size(PAGE).pit(p -> p.id(pit).keepAlive(t -> t.time("5m")))
              .sort(sort -> sort.field(f -> f.field("_shard_doc").order(SortOrder.Asc)))
              .trackTotalHits(t -> t.enabled(false));
          return searchAfter == null ? search : search.searchAfter(searchAfter);
        }, Map.class).hits().hits();
        if (hits.isEmpty()) {
          return copied;
        }
        BulkRequests requests = new BulkRequests(connection, LoadedPublications.CONCURRENT_REQUESTS,
            LoadedPublications.MAX_REQUEST_BYTES, hits.size());
        for (Hit<Map> hit : hits) {
          requests.index(to, hit.id(), hit.source());
        }
        requests.send();
        long before = copied;
        copied += hits.size();
        after = hits.get(hits.size() - 1).sort();
        if (copied / PROGRESS_EVERY > before / PROGRESS_EVERY || copied == expected) {
          progress.accept("copied %,d of %,d publications into %s".formatted(copied, expected, to));
        }
      }
    } finally {
      connection.client().closePointInTime(request -> request.id(pit));
    }
  }

  private long count(String index) throws IOException {
    return connection.client().count(request -> request.index(index)).count();
  }

  private void deleteQuietly(String index) {
    try {
      connection.client().indices().delete(request -> request.index(index));
    } catch (IOException | RuntimeException ignored) {
      // the failure that brought us here is the one to report
    }
  }
}
