package cn.gongkai.load;

import cn.gongkai.classify.Classification;
import cn.gongkai.classify.ClassificationBasis;
import cn.gongkai.classify.PublicationText;
import cn.gongkai.dedup.DedupBatch;
import cn.gongkai.dedup.MergedPublication;
import cn.gongkai.dedup.PublicationStore;
import cn.gongkai.support.StableId;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The loaded publications in Elasticsearch: what deduplication looks up (publications by the ids of
 * their keys, once a run; and by id, the publications of earlier runs a run's rows merge into) and
 * where its decisions are written, each chunk's in one bulk request whose every item is checked.
 */
public final class LoadedPublications implements PublicationStore {

  /** Two requests at once keep both of the node's cores indexing (three or more are slower here: GUIDE section 1). */
  static final int CONCURRENT_REQUESTS = 2;
  /**
   * Bulk requests are cut at about this many bytes: Elasticsearch rejects a request whose writes to
   * one shard exceed a tenth of its heap, which one export with a giant field can reach on its own.
   */
  static final long MAX_REQUEST_BYTES = 8L * 1024 * 1024;
  /** Key ids per search: far fewer than the 65,536 terms a query may hold. */
  private static final int MAX_TERMS = 4_096;
  /**
   * Hits per key search: the 10,000 of a page. Keys of different rows rarely share a publication, so
   * 4,096 key ids name fewer publications than that.
   */
  private static final int MAX_HITS = 10_000;

  private final ElasticsearchConnection connection;
  private final Indices indices;
  private final PublishingDelay delay;

  public LoadedPublications(ElasticsearchConnection connection, Indices indices, PublishingDelay delay) {
    this.connection = connection;
    this.indices = indices;
    this.delay = delay;
  }

  /**
   * What the index holds before a load of run {@code run} writes, as of now (refreshed first, so a
   * restarted load sees what its failed attempt wrote): how many publications, how many of them have
   * a declared category, the latest run that wrote any, and how many the run {@code run} itself wrote.
   */
  public LoadedState state(long run) throws IOException {
    indices.publications().refresh();
    SearchResponse<Void> response = connection.client().search(search -> search
        .index(indices.publications().alias()).size(0).trackTotalHits(total -> total.enabled(true))
        .aggregations("latestRun", a -> a.max(m -> m.field("run")))
        .aggregations("declared", a -> a.filter(f -> f.exists(e -> e.field("declaredCategory"))))
        .aggregations("ofRun", a -> a.filter(f -> f.term(t -> t.field("run").value(run)))), Void.class);
    long publications = response.hits().total().value();
    Double latest = response.aggregations().get("latestRun").max().value();
    return new LoadedState(publications, response.aggregations().get("declared").filter().docCount(),
        publications == 0 || latest == null || latest.isNaN() ? 0 : latest.longValue(),
        response.aggregations().get("ofRun").filter().docCount());
  }

  /**
   * For each of the key ids ({@link StableId}s) that a loaded publication has, that publication's id
   * (the smallest, should several have it), as last refreshed.
   */
  public Map<String, String> publicationsByKeyIds(List<String> keyIds) throws IOException {
    Set<String> wanted = new HashSet<>(keyIds);
    Map<String, String> found = new HashMap<>();
    for (int from = 0; from < keyIds.size(); from += MAX_TERMS) {
      List<FieldValue> terms = keyIds.subList(from, Math.min(keyIds.size(), from + MAX_TERMS)).stream()
          .map(FieldValue::of).toList();
      SearchResponse<KeysOfPublication> response = connection.client().search(search -> search
          .index(indices.publications().alias()).size(MAX_HITS).trackTotalHits(total -> total.enabled(false))
          .query(query -> query.terms(t -> t.field("keys").terms(values -> values.value(terms))))
          .source(source -> source.filter(filter -> filter.includes("keys"))), KeysOfPublication.class);
      for (Hit<KeysOfPublication> hit : response.hits().hits()) {
        for (String keyId : hit.source().keys()) {
          if (wanted.contains(keyId)) {
            found.merge(keyId, hit.id(), (one, other) -> one.compareTo(other) <= 0 ? one : other);
          }
        }
      }
    }
    return found;
  }

  /** What a key lookup reads of a publication. */
  private record KeysOfPublication(List<String> keys) {}

  @Override
  public Map<String, MergedPublication> publications(Set<String> ids) throws IOException {
    Map<String, MergedPublication> found = new HashMap<>();
    indices.publications().get(ids, PublicationDocument.class).forEach((id, doc) -> found.put(id, doc.toMerged(id)));
    return found;
  }

  /**
   * Writes a chunk's decisions: its publications (with their keys), then the absorbed ones'
   * deletion, but for any publication Elasticsearch refused for its content (a mapping conflict, an
   * immense term): that one stays as it was, and so do the ones it would have absorbed. Each is
   * stored with its category as {@code categories} has it, by id (decided before: this only writes). Big chunks
   * go in several requests; a failure part way leaves the chunk to be written again, which changes
   * nothing for what was already written (the same rows merge into the same publications).
   *
   * @return the refused publications, by id, with Elasticsearch's reason: their rows are to be rejected
   */
  public Map<String, String> write(DedupBatch batch, Map<String, Classification> categories, long run, Instant now)
      throws IOException {
    return write(batch, categories, Set.of(), null, run, now);
  }

  /**
   * The same, but for the publications of {@code held}, which go to {@code heldBack} instead (each
   * one {@link HeldBackFile#canHold} allows), for {@link #writeHeldBack} to write once the model has
   * placed them.
   */
  public Map<String, String> write(DedupBatch batch, Map<String, Classification> categories, Set<String> held,
      HeldBackFile.Appender heldBack, long run, Instant now) throws IOException {
    BulkRequests upserts = new BulkRequests(connection, CONCURRENT_REQUESTS, MAX_REQUEST_BYTES,
        batch.upserts().size() - held.size());
    String publications = indices.publications().alias();
    String loadedAt = now.toString();
    for (DedupBatch.Upsert upsert : batch.upserts()) {
      Classification classification = categories.get(upsert.id());
      if (held.contains(upsert.id())) {
        heldBack.add(new ClassifiedPublication(upsert.id(), publications,
            PublicationText.of(upsert.publication().record()), classification.category(),
            classification.basis().label(), classification.confidence()),
            PublicationJson.head(upsert.publication(), upsert.keyIds(), run, loadedAt, delay));
        continue;
      }
      upserts.index(publications, upsert.id(), json -> PublicationJson.write(json, upsert.publication(),
          upsert.keyIds(), classification, run, loadedAt, delay));
    }
    Map<String, String> refused = upserts.sendKeepingRefusedDocuments();
    Set<String> deletions = refused.isEmpty() ? batch.deletions() : batch.without(refused.keySet()).deletions();
    if (!deletions.isEmpty()) {
      BulkRequests deletes = new BulkRequests(connection, CONCURRENT_REQUESTS, MAX_REQUEST_BYTES, deletions.size());
      for (String id : deletions) {
        deletes.delete(publications, id);
      }
      deletes.send();
    }
    return refused;
  }

  /**
   * Writes the publications held back in {@code file} (the first of each id), each with the category
   * {@code classify} gives it (the caller refreshes the index after). Nothing held back can be
   * refused for its content ({@link HeldBackFile#MAX_TEXT}): any refusal fails the write, and the
   * step that called it is run again.
   *
   * @param ids the ids {@code file} holds ({@link HeldBackFile#ids}), read once by the caller
   * @return how many publications were written
   */
  public int writeHeldBack(Path file, Set<String> ids, Function<ClassifiedPublication, Classification> classify)
      throws IOException {
    if (ids.isEmpty()) {
      return 0;
    }
    Set<String> unwritten = new HashSet<>(ids);
    BulkRequests requests = new BulkRequests(connection, CONCURRENT_REQUESTS, MAX_REQUEST_BYTES, ids.size());
    HeldBackFile.read(file, entry -> {
      ClassifiedPublication publication = entry.publication();
      if (unwritten.remove(publication.id())) {
        requests.index(publication.index(), publication.id(), entry.head(),
            PublicationJson.categoryTail(classify.apply(publication)));
      }
    });
    requests.send();
    return ids.size() - unwritten.size();
  }

  /** Writes the publications held back in {@code file} as the load classified them (without the model). */
  public int writeHeldBackAsLoaded(Path file) throws IOException {
    return writeHeldBack(file, HeldBackFile.ids(file), LoadedPublications::asLoaded);
  }

  private static Classification asLoaded(ClassifiedPublication publication) {
    if (!publication.basis().equals(new ClassificationBasis.Default().label())) {
      throw new IllegalStateException("a publication held back with the basis " + publication.basis()
          + ": only those left to the model are");
    }
    return new Classification(publication.category(), new ClassificationBasis.Default());
  }
}
