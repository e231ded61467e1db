package cn.gongkai.load;

import cn.gongkai.dedup.PublicationKeyIds;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives the publications loaded before their documents carried their keys (when the keys had an
 * index of their own) the ids of their keys, from the rows they keep: later rows are looked up by
 * them, and without them would not merge. Does nothing once every publication has them.
 */
public final class PublicationKeysBackfill {

  private static final Logger log = LoggerFactory.getLogger(PublicationKeysBackfill.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<ContributionDocument>> ROWS = new TypeReference<>() {};

  private final ElasticsearchConnection connection;
  private final Indices indices;

  public PublicationKeysBackfill(ElasticsearchConnection connection, Indices indices) {
    this.connection = connection;
    this.indices = indices;
  }

  /** @return how many publications got their keys */
  public long run() throws IOException {
    Query withoutKeys = Query.of(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field("keys")))));
    long updated = 0;
    try (PublicationScan<String> scan = PublicationScan.inIndexOrder(connection, indices, withoutKeys, List.of(),
        PublicationFields::id)) {
      for (List<String> page = scan.next(); !page.isEmpty(); page = scan.next()) {
        List<BulkOperation> updates = keysUpdates(page);
        if (updates.isEmpty()) {
          continue; // absorbed by another since the scan began
        }
        BulkWriteException.requireSuccess(TypedBulk.send(connection, updates), "key updates",
            item -> false);
        updated += updates.size();
      }
    }
    if (updated > 0) {
      indices.publications().refresh();
      log.info("gave {} publications loaded by an earlier version the ids of their keys", updated);
    }
    return updated;
  }

  /** The rows they keep are only in the stored documents, read by id. */
  private List<BulkOperation> keysUpdates(List<String> ids) throws IOException {
    List<BulkOperation> updates = new ArrayList<>(ids.size());
    for (var item : connection.client().mget(request -> request.index(indices.publications().alias()).ids(ids)
        .sourceIncludes("contributions"), Map.class).docs()) {
      if (item.isResult() && item.result().found()) {
        List<ContributionDocument> rows = JSON.convertValue(item.result().source().get("contributions"), ROWS);
        List<String> keys = rows.isEmpty() ? new ArrayList<>()
            : new ArrayList<>(PublicationKeyIds.of(rows.stream().map(ContributionDocument::toRecord).toList()).sorted());
        String index = item.result().index();
        String id = item.result().id();
        updates.add(BulkOperation.of(op -> op.update(u -> u.index(index).id(id).action(a -> a.doc(Map.of("keys", keys))))));
      }
    }
    return updates;
  }
}
