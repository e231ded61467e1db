package cn.gongkai.load;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import co.elastic.clients.json.JsonData;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Reads publications matching a query page by page from a point in time, so the pages are
 * consistent and memory holds one page at a time (a scan that fits in one page needs none). Publications are read from their doc values
 * ({@link PublicationFields}); a title too long for its keyword sub-field (over 8,191 characters,
 * so none a real export has) is read from the stored document instead.
 *
 * @param <T> what each publication is read as: only the fields it needs leave Elasticsearch
 */
public final class PublicationScan<T> implements Closeable {

  private static final int PAGE = 10_000;
  private static final String TITLE = "title";
  private static final ExecutorService READ_AHEAD = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "publication-scan-read-ahead");
    thread.setDaemon(true);
    return thread;
  });
  private static final List<SortOptions> INDEX_ORDER =
      List.of(SortOptions.of(s -> s.field(f -> f.field("_shard_doc").order(SortOrder.Asc))));
  private static final List<SortOptions> UNSORTED = List.of(SortOptions.of(s -> s.field(f -> f.field("_doc"))));

  private final ElasticsearchConnection connection;
  private final Query query;
  private final List<String> fields;
  private final Function<PublicationFields, T> reader;
  private final String index;
  /** Opened only when one page does not hold everything: most scans (a month, a year's late ones) fit in one. */
  private String pit;
  private final List<FieldAndFormat> docValues;
  private List<FieldValue> after;
  private CompletableFuture<List<Hit<Void>>> ahead;
  private boolean done;

  private PublicationScan(ElasticsearchConnection connection, Indices indices, Query query, List<String> fields,
      Function<PublicationFields, T> reader) {
    this.connection = connection;
    this.query = query;
    this.fields = fields;
    this.reader = reader;
    this.index = indices.publications().alias();
    this.docValues = fields.stream().map(field -> FieldAndFormat.of(f -> f.field(docValueField(field)))).toList();
  }

  /** The publications matching {@code query}, in index order (the cheapest), each read by {@code reader}. */
  public static <T> PublicationScan<T> inIndexOrder(ElasticsearchConnection connection, Indices indices, Query query,
      List<String> fields, Function<PublicationFields, T> reader) throws IOException {
    return new PublicationScan<>(connection, indices, query, fields, reader);
  }

  /** Where a field's doc values are: the title's in its keyword sub-field. */
  static String docValueField(String field) {
    return TITLE.equals(field) ? "title.keyword" : field;
  }

  /** The publications the ingest run {@code run} loaded or changed. */
  static Query touchedBy(long run) {
    return Query.of(q -> q.term(t -> t.field("run").value(run)));
  }

  /**
   * The next page; empty when there is no more. While the caller works through a page, the node
   * is already reading the next one.
   */
  public List<T> next() throws IOException {
    if (done) {
      return List.of();
    }
    List<Hit<Void>> hits = ahead != null ? await(ahead) : firstPage();
    ahead = null;
    done = hits.size() < PAGE;
    after = hits.isEmpty() ? after : hits.get(hits.size() - 1).sort();
    if (!done) {
      List<FieldValue> from = after;
      ahead = CompletableFuture.supplyAsync(() -> {
        try {
          return page(from);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, READ_AHEAD);
    }
    List<PublicationFields> read = new ArrayList<>(hits.size());
    for (Hit<Void> hit : hits) {
      read.add(new PublicationFields(hit.id(), hit.index(), hit.fields()));
    }
    List<T> page = new ArrayList<>(read.size());
    for (PublicationFields publication : withLongTitles(read)) {
      page.add(reader.apply(publication));
    }
    return page;
  }

  private List<Hit<Void>> firstPage() throws IOException {
    List<Hit<Void>> hits = page(null);
    if (pit == null && hits.size() == PAGE) {
      // more than a page: read it again, and the rest, from a point in time, so the pages are consistent
      pit = connection.client().openPointInTime(request -> request.index(index).keepAlive(time -> time.time("5m"))).id();
      hits = page(null);
    }
    return hits;
  }

  /** @param from the sort values of the last publication read, {@code null} for the first page */
  private List<Hit<Void>> page(List<FieldValue> from) throws IOException {
    return connection.client().search(search -> {
      search.size(PAGE).query(query).trackTotalHits(t -> t.enabled(false)).source(s -> s.fetch(false))
          .docvalueFields(docValues);
      if (pit == null) {
        return search.index(index).sort(UNSORTED);
      }
      search.pit(p -> p.id(pit).keepAlive(time -> time.time("5m"))).sort(INDEX_ORDER);
      return from == null ? search : search.searchAfter(from);
    }, Void.class).hits().hits();
  }

  private static List<Hit<Void>> await(CompletableFuture<List<Hit<Void>>> page) throws IOException {
    try {
      return page.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
  }

  /** The page, with the titles too long for doc values read from the stored documents. */
  private List<PublicationFields> withLongTitles(List<PublicationFields> page) throws IOException {
    if (!fields.contains(TITLE) || page.stream().allMatch(publication -> publication.text(TITLE) != null)) {
      return page;
    }
    List<String> untitled = page.stream().filter(publication -> publication.text(TITLE) == null)
        .map(PublicationFields::id).toList();
    Map<String, String> titles = new HashMap<>();
    for (var item : connection.client().mget(request -> request.index(index).ids(untitled)
        .sourceIncludes(TITLE), Map.class).docs()) {
      if (item.isResult() && item.result().found()) {
        titles.put(item.result().id(), String.valueOf(item.result().source().get(TITLE)));
      }
    }
    List<PublicationFields> completed = new ArrayList<>(page.size());
    for (PublicationFields publication : page) {
      String title = titles.get(publication.id());
      if (title == null) {
        completed.add(publication);
      } else {
        Map<String, JsonData> values = new HashMap<>(publication.values());
        values.put(docValueField(TITLE), JsonData.of(Json.createArrayBuilder().add(title).build()));
        completed.add(new PublicationFields(publication.id(), publication.index(), values));
      }
    }
    return completed;
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
    if (ahead != null) {
      ahead.cancel(false);
      ahead = null;
    }
    if (pit != null) {
      connection.client().closePointInTime(request -> request.id(pit));
    }
  }
}
