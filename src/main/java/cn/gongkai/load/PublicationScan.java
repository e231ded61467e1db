package cn.gongkai.load;

import cn.gongkai.dedup.NearDuplicateCandidate;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads publications matching a query page by page, in (publisher, 发布日期) order, from a point in
 * time, so the pages are consistent and memory holds one page at a time.
 */
public final class PublicationScan implements Closeable {

  private static final int PAGE = 2_000;

  private final ElasticsearchConnection connection;
  private final Query query;
  private final String pit;
  private List<FieldValue> after;
  private boolean done;

  private PublicationScan(ElasticsearchConnection connection, Indices indices, Query query) throws IOException {
    this.connection = connection;
    this.query = query;
    this.pit = connection.client().openPointInTime(request -> request
        .index(indices.publications().alias()).keepAlive(time -> time.time("5m"))).id();
  }

  /** The publications the ingest run {@code run} loaded or changed. */
  public static PublicationScan touchedBy(ElasticsearchConnection connection, Indices indices, long run)
      throws IOException {
    return new PublicationScan(connection, indices, Query.of(q -> q.term(t -> t.field("run").value(run))));
  }

  /** The publications of {@code publisher} published from {@code from} to {@code to}, both included. */
  public static PublicationScan published(ElasticsearchConnection connection, Indices indices, String publisher,
      LocalDate from, LocalDate to) throws IOException {
    return new PublicationScan(connection, indices, Query.of(q -> q.bool(b -> b
        .filter(f -> f.term(t -> t.field("publisher").value(publisher)))
        .filter(f -> f.range(r -> r.date(d -> d.field("publishedDate").gte(from.toString()).lte(to.toString())))))));
  }

  /** The next page; empty when there is no more. */
  @SuppressWarnings("rawtypes")
  public List<NearDuplicateCandidate> next() throws IOException {
    if (done) {
      return List.of();
    }
    SearchResponse<Map> response = connection.client().search(search -> {
      search.pit(p -> p.id(pit).keepAlive(time -> time.time("5m"))).size(PAGE).query(query)
          .sort(s -> s.field(f -> f.field("publisher").order(SortOrder.Asc)))
          .sort(s -> s.field(f -> f.field("publishedDate").order(SortOrder.Asc)))
          .source(s -> s.filter(f -> f.includes("publisher", "publishedDate", "title")));
      return after == null ? search : search.searchAfter(after);
    }, Map.class);
    List<Hit<Map>> hits = response.hits().hits();
    done = hits.size() < PAGE;
    after = hits.isEmpty() ? after : hits.get(hits.size() - 1).sort();
    List<NearDuplicateCandidate> page = new ArrayList<>(hits.size());
    for (Hit<Map> hit : hits) {
      Map source = hit.source();
      page.add(new NearDuplicateCandidate(hit.id(), (String) source.get("publisher"),
          LocalDate.parse((String) source.get("publishedDate")), (String) source.get("title")));
    }
    return page;
  }

  /** Every remaining page, for windows that are known to be small. */
  public List<NearDuplicateCandidate> all() throws IOException {
    List<NearDuplicateCandidate> all = new ArrayList<>();
    for (List<NearDuplicateCandidate> page = next(); !page.isEmpty(); page = next()) {
      all.addAll(page);
    }
    return all;
  }

  @Override
  public void close() throws IOException {
    connection.client().closePointInTime(request -> request.id(pit));
  }
}
