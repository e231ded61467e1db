package cn.gongkai.load;

import cn.gongkai.classify.ClassifierChain;
import cn.gongkai.classify.PublicationText;
import cn.gongkai.dedup.DedupBatch;
import cn.gongkai.dedup.MergedPublication;
import cn.gongkai.dedup.PublicationStore;
import cn.gongkai.support.StableId;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded publications in Elasticsearch: what deduplication looks up (publications by the ids of
 * their keys, as last refreshed; and by id, in real time, so a chunk reads what the previous one
 * wrote without a refresh) and where its decisions are written, each chunk's in one bulk request
 * whose every item is checked.
 */
public final class LoadedPublications implements PublicationStore {

  /** Two requests at once keep both of the node's cores indexing (three or more are slower here: GUIDE section 1). */
  static final int CONCURRENT_REQUESTS = 2;
  /**
   * Bulk requests are cut at about this many bytes: Elasticsearch rejects a request whose writes to
   * one shard exceed a tenth of its heap, which one export with a giant field can reach on its own.
   */
  static final long MAX_REQUEST_BYTES = 8L * 1024 * 1024;
  /** Keys per search: a chunk's are far fewer than the 65,536 terms a query may hold, or the 10,000 hits a page. */
  private static final int MAX_TERMS = 4_096;

  private final ElasticsearchConnection connection;
  private final Indices indices;
  private final PublishingDelay delay;

  public LoadedPublications(ElasticsearchConnection connection, Indices indices, PublishingDelay delay) {
    this.connection = connection;
    this.indices = indices;
    this.delay = delay;
  }

  /**
   * Looks the keys up among the publications' {@code keys}, as last refreshed: a load step
   * remembers the keys it writes itself ({@link cn.gongkai.dedup.RunPublicationStore}).
   */
  @Override
  public Map<String, String> publicationsByKey(Set<String> keys) throws IOException {
    Map<String, String> keyById = new HashMap<>();
    keys.forEach(key -> keyById.put(StableId.of(key), key));
    Map<String, String> found = new HashMap<>();
    List<String> ids = List.copyOf(keyById.keySet());
    for (int from = 0; from < ids.size(); from += MAX_TERMS) {
      List<FieldValue> terms = ids.subList(from, Math.min(ids.size(), from + MAX_TERMS)).stream()
          .map(FieldValue::of).toList();
      SearchResponse<KeysOfPublication> response = connection.client().search(search -> search
          .index(indices.publications().alias()).size(terms.size()).trackTotalHits(total -> total.enabled(false))
          .query(query -> query.terms(t -> t.field("keys").terms(values -> values.value(terms))))
          .source(source -> source.filter(filter -> filter.includes("keys"))), KeysOfPublication.class);
      for (Hit<KeysOfPublication> hit : response.hits().hits()) {
        for (String keyId : hit.source().keys()) {
          String key = keyById.get(keyId);
          if (key != null) {
            found.merge(key, hit.id(), (one, other) -> one.compareTo(other) <= 0 ? one : other);
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
    indices.publications().get(ids, PublicationDocument.class).forEach((id, doc) -> found.put(id, doc.toMerged()));
    return found;
  }

  /**
   * Writes a chunk's decisions: its publications (with their keys), then the absorbed ones'
   * deletion, but for any publication Elasticsearch refused for its content (a mapping conflict, an
   * immense term): that one stays as it was, and so do the ones it would have absorbed. Big chunks
   * go in several requests; a failure part way leaves the chunk to be written again, which changes
   * nothing for what was already written (the same rows merge into the same publications).
   *
   * @return the refused publications, by id, with Elasticsearch's reason: their rows are to be rejected
   */
  public Map<String, String> write(DedupBatch batch, ClassifierChain classifier, long run, Instant now)
      throws IOException {
    BulkRequests upserts = new BulkRequests(connection, CONCURRENT_REQUESTS, MAX_REQUEST_BYTES, batch.upserts().size());
    String publications = indices.publications().alias();
    for (DedupBatch.Upsert upsert : batch.upserts()) {
      upserts.index(publications, upsert.id(), PublicationDocument.of(upsert.id(), upsert.publication(),
          classifier.classify(PublicationText.of(upsert.publication().record())), run, now, delay));
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

}
