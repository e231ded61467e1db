package cn.gongkai.load;

import cn.gongkai.dedup.NearDuplicateCandidate;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a run's probable duplicates can be: the months in which each publisher has publications
 * the run loaded or changed, and around each such month the publications that could pair with
 * them. Each month is read with a filtered query of its own, never by sorting everything the run
 * touched, which at a million publications would read them all again for every page.
 */
public final class NearDuplicateWindows {

  private static final int MONTHS_PER_PAGE = 1_000;
  /** The most ids a window's query leaves out ({@code index.max_terms_count} is 65,536 by default). */
  private static final int MAX_KNOWN = 10_000;
  private static final List<String> FIELDS = List.of("publisher", "publishedDate", "title", "run");

  private final ElasticsearchConnection connection;
  private final Indices indices;

  public NearDuplicateWindows(ElasticsearchConnection connection, Indices indices) {
    this.connection = connection;
    this.indices = indices;
  }

  /** A publisher's month in which the run has publications. */
  public record Month(String publisher, YearMonth month) {}

  /** A publication near a month, and whether the run loaded or changed it. */
  public record Member(NearDuplicateCandidate candidate, boolean touched) {}

  /** The publishers' months with publications of the run {@code run}, by publisher and month. */
  public List<Month> monthsTouchedBy(long run) throws IOException {
    List<Month> months = new ArrayList<>();
    Map<String, FieldValue> after = null;
    do {
      CompositeAggregate page = monthsPage(run, after);
      for (CompositeBucket bucket : page.buckets().array()) {
        LocalDate first = LocalDate.ofEpochDay(Math.floorDiv(bucket.key().get("month").longValue(), 86_400_000L));
        months.add(new Month(bucket.key().get("publisher").stringValue(), YearMonth.from(first)));
      }
      after = page.buckets().array().size() < MONTHS_PER_PAGE ? null : page.afterKey();
    } while (after != null);
    return months;
  }

  /** Every publication of the month's publisher from {@code maxDays} before the month to as many after it. */
  public List<Member> around(Month month, int maxDays, long run) throws IOException {
    return window(month, maxDays, List.of(), publication -> publication.number("run").longValue() == run);
  }

  /**
   * The same, where the publications to compare are {@code known}: what the load made or moved, kept
   * from the load as the index has them. Only the others are read from the index, so a night reads
   * back none of its new publications (a county that joins has nothing earlier to read at all).
   */
  public List<Member> around(Month month, int maxDays, List<NearDuplicateCandidate> known) throws IOException {
    if (known.size() > MAX_KNOWN) {
      // more than a query should list: read them too, and tell them apart by id
      Set<String> ids = new HashSet<>();
      known.forEach(candidate -> ids.add(candidate.id()));
      return window(month, maxDays, List.of(), publication -> ids.contains(publication.id()));
    }
    List<String> ids = new ArrayList<>(known.size());
    known.forEach(candidate -> ids.add(candidate.id()));
    List<Member> members = new ArrayList<>(window(month, maxDays, ids, publication -> false));
    known.forEach(candidate -> members.add(new Member(candidate, true)));
    return members;
  }

  /** @param unread ids not to read: the caller has them */
  private List<Member> window(Month month, int maxDays, List<String> unread, TouchedTest touched) throws IOException {
    LocalDate from = month.month().atDay(1).minusDays(maxDays);
    LocalDate to = month.month().atEndOfMonth().plusDays(maxDays);
    Query window = Query.of(q -> q.bool(b -> {
      b.filter(f -> f.term(t -> t.field("publisher").value(month.publisher())))
          .filter(f -> f.range(r -> r.date(d -> d.field("publishedDate").gte(from.toString()).lte(to.toString()))));
      return unread.isEmpty() ? b : b.mustNot(n -> n.ids(i -> i.values(unread)));
    }));
    try (PublicationScan<Member> scan = PublicationScan.inIndexOrder(connection, indices, window, FIELDS,
        publication -> member(publication, touched))) {
      return scan.all();
    }
  }

  private CompositeAggregate monthsPage(long run, Map<String, FieldValue> after) throws IOException {
    SearchResponse<Void> response = connection.client().search(search -> search
        .index(indices.publications().alias()).size(0).query(PublicationScan.touchedBy(run))
        .aggregations("months", a -> a.composite(c -> {
          c.size(MONTHS_PER_PAGE).sources(List.of(
              NamedValue.of("publisher", CompositeAggregationSource.of(s -> s.terms(t -> t.field("publisher")))),
              NamedValue.of("month", CompositeAggregationSource.of(s -> s.dateHistogram(h -> h
                  .field("publishedDate").calendarInterval(interval -> interval.time("1M")))))));
          return after == null ? c : c.after(after);
        })), Void.class);
    return response.aggregations().get("months").composite();
  }

  /** Whether a publication of a window is one the search compares. */
  private interface TouchedTest {
    boolean touched(PublicationFields publication);
  }

  private static Member member(PublicationFields publication, TouchedTest touched) {
    NearDuplicateCandidate candidate = new NearDuplicateCandidate(publication.id(), publication.text("publisher"),
        publication.date("publishedDate"), publication.text("title"));
    return new Member(candidate, touched.touched(publication));
  }
}
