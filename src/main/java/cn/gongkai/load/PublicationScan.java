package cn.gongkai.load;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads publications matching a query page by page from a point in time, so the pages are
 * consistent and memory holds one page at a time.
 *
 * @param <T> what each publication is read as: only the fields it needs leave Elasticsearch
 */
public final class PublicationScan<T> implements Closeable {

  private static final int PAGE = 2_000;
  private static final List<SortOptions> INDEX_ORDER =
      List.of(SortOptions.of(s -> s.field(f -> f.field("_shard_doc").order(SortOrder.Asc))));

  private final ElasticsearchConnection connection;
  private final Query query;
  private final List<SortOptions> order;
  private final List<String> fields;
  private final Function<Hit<Map<String, Object>>, T> reader;
  private final String pit;
  private List<FieldValue> after;
  private boolean done;

  PublicationScan(ElasticsearchConnection connection, Indices indices, Query query, List<SortOptions> order,
      List<String> fields, Function<Hit<Map<String, Object>>, T> reader) throws IOException {
    this.connection = connection;
    this.query = query;
    this.order = order;
    this.fields = fields;
    this.reader = reader;
    this.pit = connection.client().openPointInTime(request -> request
        .index(indices.publications().alias()).keepAlive(time -> time.time("5m"))).id();
  }

  /** The publications matching {@code query}, in index order (the cheapest), each read by {@code reader}. */
  public static <T> PublicationScan<T> inIndexOrder(ElasticsearchConnection connection, Indices indices, Query query,
      List<String> fields, Function<Hit<Map<String, Object>>, T> reader) throws IOException {
    return new PublicationScan<>(connection, indices, query, INDEX_ORDER, fields, reader);
  }

  /** The publications the ingest run {@code run} loaded or changed. */
  static Query touchedBy(long run) {
    return Query.of(q -> q.term(t -> t.field("run").value(run)));
  }

  /** The next page; empty when there is no more. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public List<T> next() throws IOException {
    if (done) {
      return List.of();
    }
    SearchResponse<Map> response = connection.client().search(search -> {
      search.pit(p -> p.id(pit).keepAlive(time -> time.time("5m"))).size(PAGE).query(query).sort(order)
          .trackTotalHits(t -> t.enabled(false))
          .source(s -> s.filter(f -> f.includes(fields)));
      return after == null ? search : search.searchAfter(after);
    }, Map.class);
    List<Hit<Map>> hits = response.hits().hits();
    done = hits.size() < PAGE;
    after = hits.isEmpty() ? after : hits.get(hits.size() - 1).sort();
    List<T> page = new ArrayList<>(hits.size());
    for (Hit hit : hits) {
      page.add(reader.apply((Hit<Map<String, Object>>) hit));
    }
    return page;
  }

  /** Every remaining page, for windows that are known to be small. */
  public List<T> all() throws IOException {
    List<T> all = new ArrayList<>();
    for (List<T> page = next(); !page.isEmpty(); page = next()) {
      all.addAll(page);
    }
    return all;
  }

  @Override
  public void close() throws IOException {
    connection.client().closePointInTime(request -> request.id(pit));
  }
}
