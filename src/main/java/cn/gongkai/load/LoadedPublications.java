package cn.gongkai.load;

import cn.gongkai.classify.ClassifierChain;
import cn.gongkai.classify.PublicationText;
import cn.gongkai.dedup.DedupBatch;
import cn.gongkai.dedup.MergedPublication;
import cn.gongkai.dedup.PublicationStore;
import cn.gongkai.support.StableId;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded publications and their key registry in Elasticsearch: what deduplication looks up
 * (by id, in real time, so a chunk sees what the previous one wrote without a refresh) and where its
 * decisions are written, each chunk's in one bulk request whose every item is checked.
 */
public final class LoadedPublications implements PublicationStore {

  private static final int NOT_FOUND = 404;
  /**
   * Bulk requests are cut at about this many bytes: Elasticsearch rejects a request whose writes to
   * one shard exceed a tenth of its heap, which one export with a giant field can reach on its own.
   */
  private static final long MAX_REQUEST_BYTES = 8L * 1024 * 1024;

  private final ElasticsearchConnection connection;
  private final Indices indices;

  public LoadedPublications(ElasticsearchConnection connection, Indices indices) {
    this.connection = connection;
    this.indices = indices;
  }

  @Override
  public Map<String, String> publicationsByKey(Set<String> keys) throws IOException {
    Map<String, String> keyById = new HashMap<>();
    keys.forEach(key -> keyById.put(StableId.of(key), key));
    Map<String, String> found = new HashMap<>();
    for (var hit : get(indices.keys(), keyById.keySet(), KeyDocument.class).entrySet()) {
      found.put(keyById.get(hit.getKey()), hit.getValue().publication());
    }
    return found;
  }

  @Override
  public Map<String, MergedPublication> publications(Set<String> ids) throws IOException {
    Map<String, MergedPublication> found = new HashMap<>();
    get(indices.publications(), ids, PublicationDocument.class).forEach((id, doc) -> found.put(id, doc.toMerged()));
    return found;
  }

  /**
   * Writes a chunk's decisions: its publications, the absorbed ones' deletion, the changed keys. Big
   * chunks go in several requests; a failure part way leaves the chunk to be written again, which
   * changes nothing for what was already written (the same rows merge into the same publications).
   */
  public void write(DedupBatch batch, ClassifierChain classifier, long run, Instant now) throws IOException {
    Requests requests = new Requests();
    String publications = indices.publications().alias();
    for (DedupBatch.Upsert upsert : batch.upserts()) {
      PublicationDocument document = PublicationDocument.of(upsert.id(), upsert.publication(),
          classifier.classify(PublicationText.of(upsert.publication().record())), run, now);
      requests.add(BulkOperation.of(op -> op.index(i -> i.index(publications).id(document.id()).document(document))),
          document.approximateBytes());
    }
    for (String id : batch.deletions()) {
      requests.add(BulkOperation.of(op -> op.delete(d -> d.index(publications).id(id))), 100);
    }
    for (Map.Entry<String, String> assignment : batch.keyAssignments().entrySet()) {
      KeyDocument document = new KeyDocument(StableId.of(assignment.getKey()), assignment.getKey(),
          assignment.getValue());
      requests.add(BulkOperation.of(op -> op.index(i -> i.index(indices.keys().alias()).id(document.id())
          .document(document))), 200);
    }
    requests.send();
  }

  /** Bulk operations gathered into requests of at most about {@link #MAX_REQUEST_BYTES}. */
  private final class Requests {
    private List<BulkOperation> operations = new ArrayList<>();
    private long bytes;

    void add(BulkOperation operation, long size) throws IOException {
      if (bytes + size > MAX_REQUEST_BYTES && !operations.isEmpty()) {
        send();
      }
      operations.add(operation);
      bytes += size;
    }

    void send() throws IOException {
      if (!operations.isEmpty()) {
        List<BulkOperation> request = operations;
        check(connection.client().bulk(bulk -> bulk.operations(request)));
      }
      operations = new ArrayList<>();
      bytes = 0;
    }
  }

  private <T> Map<String, T> get(ManagedIndex index, Set<String> ids, Class<T> type) throws IOException {
    if (ids.isEmpty()) {
      return Map.of();
    }
    MgetResponse<T> response = connection.client().mget(request -> request
        .index(index.alias()).ids(List.copyOf(ids)), type);
    Map<String, T> found = new HashMap<>();
    for (MultiGetResponseItem<T> item : response.docs()) {
      if (item.isFailure()) {
        throw new BulkWriteException("Elasticsearch could not read " + item.failure().id() + " from "
            + index.alias() + ": " + item.failure().error().reason());
      }
      if (item.result().found()) {
        found.put(item.result().id(), item.result().source());
      }
    }
    return found;
  }

  /** Every item must have succeeded; deleting what a restarted chunk already deleted is fine. */
  private static void check(BulkResponse response) {
    BulkWriteException.requireSuccess(response, "writes",
        item -> item.operationType().jsonValue().equals("delete") && item.status() == NOT_FOUND);
  }
}
