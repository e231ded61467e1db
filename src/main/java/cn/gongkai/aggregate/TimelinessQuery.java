package cn.gongkai.aggregate;

import cn.gongkai.load.ElasticsearchConnection;
import cn.gongkai.load.Indices;
import cn.gongkai.load.PublicationFields;
import cn.gongkai.load.PublicationScan;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Timeliness of a year's publications. A delay in working days is no aggregation Elasticsearch can
 * compute, but it depends on two dates only: the year's publications are counted per (生成日期,
 * 发布日期) pair and department by a composite aggregation, each pair's delay is computed once on the
 * calendar, and only the late publications are read one by one, to be listed. A year of a million
 * publications has tens of thousands of pairs at most, so this stays fast where reading them all
 * would not.
 */
final class TimelinessQuery {

  private static final int PAIRS_PER_PAGE = 10_000;
  /** Late pairs per search of their publications: two clauses each, far below the node's clause limit. */
  private static final int PAIRS_PER_SEARCH = 256;
  private static final int MAX_DEPARTMENTS = 10_000;
  private static final long MILLIS_PER_DAY = 86_400_000L;
  /** What the list of late publications shows of each. */
  private static final List<String> LATE_FIELDS = List.of("department", "title", "docNo", "createdDate", "publishedDate");

  private final ElasticsearchConnection connection;
  private final Indices indices;
  private final TimelinessSettings settings;

  TimelinessQuery(ElasticsearchConnection connection, Indices indices, TimelinessSettings settings) {
    this.connection = connection;
    this.indices = indices;
    this.settings = settings;
  }

  /** @param inYear the publications of the year (and organization) */
  TimelinessFigures figures(Query inYear) throws IOException {
    TimelinessTally tally = new TimelinessTally(WorkingDayCalendar.load(settings.calendarDirectory()),
        settings.limitWorkingDays());
    List<DatePair> late = new ArrayList<>();
    Map<String, FieldValue> after = null;
    do {
      CompositeAggregate page = page(inYear, after);
      for (CompositeBucket bucket : page.buckets().array()) {
        DatePair pair = new DatePair(date(bucket.key().get("created")), date(bucket.key().get("published")));
        if (tally.count(pair.created(), pair.published(), departments(bucket))) {
          late.add(pair);
        }
      }
      after = page.buckets().array().size() < PAIRS_PER_PAGE ? null : page.afterKey();
    } while (after != null);
    for (int from = 0; from < late.size(); from += PAIRS_PER_SEARCH) {
      listLate(inYear, late.subList(from, Math.min(late.size(), from + PAIRS_PER_SEARCH)), tally);
    }
    return tally.figures();
  }

  private record DatePair(LocalDate created, LocalDate published) {}

  private CompositeAggregate page(Query inYear, Map<String, FieldValue> after) throws IOException {
    SearchResponse<Void> response = connection.client().search(search -> search
        .index(indices.publications().alias()).size(0).query(inYear)
        .aggregations("pairs", a -> a
            .composite(c -> {
              c.size(PAIRS_PER_PAGE).sources(List.of(
                  NamedValue.of("created", CompositeAggregationSource.of(s -> s.terms(t -> t.field("createdDate")
                      .missingBucket(true)))),
                  NamedValue.of("published", CompositeAggregationSource.of(s -> s.terms(t -> t.field("publishedDate"))))));
              return after == null ? c : c.after(after);
            })
            .aggregations("byDepartment", d -> d.terms(t -> t.field("department").size(MAX_DEPARTMENTS)))), Void.class);
    return response.aggregations().get("pairs").composite();
  }

  private static Map<String, Long> departments(CompositeBucket bucket) {
    Map<String, Long> counts = new HashMap<>();
    for (StringTermsBucket department : bucket.aggregations().get("byDepartment").sterms().buckets().array()) {
      counts.put(department.key().stringValue(), department.docCount());
    }
    return counts;
  }

  /** Reads the publications of late pairs, to list them. */
  private void listLate(Query inYear, List<DatePair> pairs, TimelinessTally tally) throws IOException {
    Query ofPairs = Query.of(q -> q.bool(b -> {
      b.filter(inYear).minimumShouldMatch("1");
      for (DatePair pair : pairs) {
        b.should(s -> s.bool(p -> p
            .filter(f -> f.term(t -> t.field("createdDate").value(pair.created().toString())))
            .filter(f -> f.term(t -> t.field("publishedDate").value(pair.published().toString())))));
      }
      return b;
    }));
    try (PublicationScan<DatedPublication> scan =
        PublicationScan.inIndexOrder(connection, indices, ofPairs, LATE_FIELDS, TimelinessQuery::dated)) {
      for (List<DatedPublication> page = scan.next(); !page.isEmpty(); page = scan.next()) {
        page.forEach(tally::listLate);
      }
    }
  }

  private static DatedPublication dated(PublicationFields publication) {
    return new DatedPublication(publication.text("department"), publication.text("title"), publication.text("docNo"),
        publication.date("createdDate"), publication.date("publishedDate"));
  }

  /** A date field's value in a composite key: days since the epoch in milliseconds; null when missing. */
  private static LocalDate date(FieldValue value) {
    return value == null || value.isNull() ? null : LocalDate.ofEpochDay(Math.floorDiv(value.longValue(), MILLIS_PER_DAY));
  }
}
