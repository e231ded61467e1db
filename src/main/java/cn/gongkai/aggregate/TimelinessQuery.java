package cn.gongkai.aggregate;

import cn.gongkai.load.ElasticsearchConnection;
import cn.gongkai.load.Indices;
import cn.gongkai.load.PublicationFields;
import cn.gongkai.load.PublicationScan;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Timeliness of a year's publications. A delay in working days is no aggregation Elasticsearch can
 * compute, but for each 发布日期 one 生成日期 divides the late from the on time
 * ({@link PublicationDeadline}): the year's 366 deadlines become two range queries, counted (late
 * ones per department) in one request, and only the late publications are read, to be listed.
 */
final class TimelinessQuery {

  private static final int MAX_DEPARTMENTS = 10_000;
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

  /**
   * @param inYear the publications of the year (and organization)
   * @param publications how many there are
   * @throws MissingCalendarYearException when a publication's delay needs a year the calendar lacks from its
   *     first year on (a publication made before that year is counted outside the calendar instead)
   */
  TimelinessFigures figures(int year, Query inYear, long publications) throws IOException {
    WorkingDayCalendar calendar = WorkingDayCalendar.load(settings.calendarDirectory());
    List<PublicationDeadline> deadlines = new ArrayList<>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      deadlines.add(PublicationDeadline.of(day, settings.limitWorkingDays(), calendar));
    }
    Query late = anyOf(deadlines, TimelinessQuery::late);
    Query outside = anyOf(deadlines, TimelinessQuery::outside);
    SearchResponse<Void> response = connection.client().search(search -> search
        .index(indices.publications().alias()).size(0).query(inYear)
        .aggregations("timeliness", a -> a
            .filters(f -> f.filters(k -> k.keyed(Map.of("late", late, "onTime", anyOf(deadlines, TimelinessQuery::onTime),
                "unjudged", anyOf(deadlines, TimelinessQuery::unjudged), "outside", outside))))
            .aggregations("byDepartment", d -> d.terms(t -> t.field("department").size(MAX_DEPARTMENTS)))
            .aggregations("earliestCreated", m -> m.min(min -> min.field("createdDate")))
            .aggregations("latestPublished", m -> m.max(max -> max.field("publishedDate")))),
        Void.class);
    Map<String, FiltersBucket> counts = response.aggregations().get("timeliness").filters().buckets().keyed();
    FiltersBucket unjudged = counts.get("unjudged");
    if (unjudged.docCount() > 0) {
      // counting the longest of those delays names the earliest year the calendar lacks, as counting each would
      calendar.workingDaysAfter(LocalDate.parse(unjudged.aggregations().get("earliestCreated").min().valueAsString()),
          LocalDate.parse(unjudged.aggregations().get("latestPublished").max().valueAsString()));
      throw new IllegalStateException("publications of " + year + " whose delay the calendar cannot count, "
          + "yet it counted the longest: report this");
    }
    long onTime = counts.get("onTime").docCount();
    long lateCount = counts.get("late").docCount();
    long outsideCount = counts.get("outside").docCount();
    int firstYear = calendar.years().isEmpty() ? year : calendar.years().first();
    return new TimelinessFigures(settings.limitWorkingDays(), onTime, lateCount, outsideCount,
        publications - onTime - lateCount - outsideCount, firstYear, departments(counts.get("late")),
        lateCount == 0 ? List.of() : list(inYear, late, publication -> latePublication(publication, calendar)),
        outsideCount == 0 ? List.of() : list(inYear, outside, TimelinessQuery::outsidePublication));
  }

  private static Query late(PublicationDeadline deadline) {
    return deadline.latestLate() == null ? null : ofDay(deadline, created -> created
        .gte(deadline.outsideBefore().toString()).lte(deadline.latestLate().toString()));
  }

  /** Made before the calendar's first year: a delay no calendar file can give, counted apart. */
  private static Query outside(PublicationDeadline deadline) {
    return ofDay(deadline, created -> created.lt(deadline.outsideBefore().toString()));
  }

  private static Query onTime(PublicationDeadline deadline) {
    LocalDate after = deadline.latestLate() != null ? deadline.latestLate() : deadline.knownFrom().minusDays(1);
    return ofDay(deadline, created -> created.gt(after.toString()).lte(deadline.published().toString()));
  }

  private static Query unjudged(PublicationDeadline deadline) {
    return deadline.knownFrom() == null ? null : ofDay(deadline, created -> created
        .gte(deadline.outsideBefore().toString()).lt(deadline.knownFrom().toString()));
  }

  /** The publications of the deadline's 发布日期 whose 生成日期 is in {@code range}. */
  private static Query ofDay(PublicationDeadline deadline,
      Function<co.elastic.clients.elasticsearch._types.query_dsl.DateRangeQuery.Builder,
          co.elastic.clients.elasticsearch._types.query_dsl.DateRangeQuery.Builder> range) {
    return Query.of(q -> q.bool(b -> b
        .filter(f -> f.term(t -> t.field("publishedDate").value(deadline.published().toString())))
        .filter(f -> f.range(r -> r.date(d -> range.apply(d.field("createdDate")))))));
  }

  /** Matches what any deadline's query matches; nothing when no deadline has one. */
  private static Query anyOf(List<PublicationDeadline> deadlines, Function<PublicationDeadline, Query> query) {
    List<Query> each = deadlines.stream().map(query).filter(q -> q != null).toList();
    return Query.of(q -> q.bool(b -> b.should(each).minimumShouldMatch(each.isEmpty() ? "0" : "1")
        .filter(each.isEmpty() ? List.of(Query.of(none -> none.matchNone(m -> m))) : List.of())));
  }

  private static Map<String, Long> departments(FiltersBucket late) {
    Map<String, Long> counts = new HashMap<>();
    for (StringTermsBucket department : late.aggregations().get("byDepartment").sterms().buckets().array()) {
      counts.put(department.key().stringValue(), department.docCount());
    }
    return counts;
  }

  private <T> List<T> list(Query inYear, Query which, Function<PublicationFields, T> listing) throws IOException {
    Query whichInYear = Query.of(q -> q.bool(b -> b.filter(inYear).filter(which)));
    List<T> listed = new ArrayList<>();
    try (PublicationScan<T> scan = PublicationScan.inIndexOrder(connection, indices, whichInYear, LATE_FIELDS,
        listing::apply)) {
      for (List<T> page = scan.next(); !page.isEmpty(); page = scan.next()) {
        listed.addAll(page);
      }
    }
    return listed;
  }

  private static OutsideCalendarPublication outsidePublication(PublicationFields publication) {
    return new OutsideCalendarPublication(publication.text("department"), publication.text("title"),
        publication.text("docNo"), publication.date("createdDate"), publication.date("publishedDate"));
  }

  private static LatePublication latePublication(PublicationFields publication, WorkingDayCalendar calendar) {
    LocalDate created = publication.date("createdDate");
    LocalDate published = publication.date("publishedDate");
    return new LatePublication(publication.text("department"), publication.text("title"), publication.text("docNo"),
        created, published, calendar.workingDaysAfter(created, published));
  }
}
