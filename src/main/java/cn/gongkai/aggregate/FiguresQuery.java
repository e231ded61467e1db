package cn.gongkai.aggregate;

import cn.gongkai.load.ElasticsearchConnection;
import cn.gongkai.application.Application;
import cn.gongkai.application.ReviewCase;
import cn.gongkai.load.ApplicationDocument;
import cn.gongkai.load.Indices;
import cn.gongkai.load.RegisterStore;
import cn.gongkai.load.ReviewDocument;
import cn.gongkai.publication.Channel;
import cn.gongkai.publication.Disclosure;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Computes {@link PublicationFigures}: one aggregation request (a filter for the year and one for
 * everything up to its end, each with terms aggregations over keyword fields, and the regulatory
 * ledger), then timeliness ({@link TimelinessQuery}).
 */
public final class FiguresQuery {

  /** Organizations, departments and categories are tens, not thousands; this bounds them safely. */
  private static final int MAX_TERMS = 10_000;
  public static final String ALL_ORGANIZATIONS = "*";

  private final ElasticsearchConnection connection;
  private final Indices indices;
  private final TimelinessQuery timeliness;
  private final TimelinessSettings timelinessSettings;
  private final RegisterStore registers;

  public FiguresQuery(ElasticsearchConnection connection, Indices indices, TimelinessSettings timeliness) {
    this.connection = connection;
    this.indices = indices;
    this.timeliness = new TimelinessQuery(connection, indices, timeliness);
    this.timelinessSettings = timeliness;
    this.registers = new RegisterStore(connection, indices);
  }

  /** The figures of {@code year} for {@code organization} ({@link #ALL_ORGANIZATIONS} for all). */
  public PublicationFigures figures(int year, String organization) throws IOException {
    SearchResponse<Void> response = connection.client().search(search -> search
        .index(indices.publications().alias())
        .size(0)
        .query(organizationFilter(organization))
        .aggregations("year", yearAggregation(year))
        .aggregations("cumulative", cumulativeAggregation(year))
        .aggregations("regulatory", RegulatoryLedger.aggregation(year)), Void.class);
    Aggregate inYear = response.aggregations().get("year");
    Aggregate upToYear = response.aggregations().get("cumulative");
    var publications = new PublicationFigures.Publications(
        inYear.filter().docCount(),
        upToYear.filter().docCount(),
        sorted(terms(inYear, "byCategory")),
        sorted(terms(upToYear, "byCategory")),
        inVocabularyOrder(terms(inYear, "byChannel"), Channel.values()),
        inVocabularyOrder(terms(upToYear, "byChannel"), Channel.values()),
        sorted(terms(inYear, "byDepartment")),
        inVocabularyOrder(terms(inYear, "byDisclosure"), Disclosure.values()),
        byMonth(terms(inYear, "byMonth")),
        byYearAndCategory(upToYear));
    // every case of the registers: part 四, and the lawsuits and reviews of the pre-2019 rows of part 三
    List<ReviewCase> cases = registers.allReviews(orNull(organization)).stream().map(ReviewDocument::toCase).toList();
    return new PublicationFigures(year, organization, publications,
        RegulatoryLedger.figures(response.aggregations().get("regulatory")), timeliness.figures(year, Query.of(q -> q
            .bool(b -> b.filter(organizationFilter(organization)).filter(f -> f.term(t -> t.field("year").value(year))))),
            publications.total()), personalData(inYear))
        .withRegisters(applicationFigures(year, organization, cases),
            cases.isEmpty() ? null : RegisterFigures.reviews(year, cases));
  }

  /** Part 三 of the year, from every application of the registers; {@code null} when none were delivered. */
  private RegisterFigures.Applications applicationFigures(int year, String organization, List<ReviewCase> cases)
      throws IOException {
    List<Application> applications = registers.allApplications(orNull(organization)).stream()
        .map(ApplicationDocument::toApplication).toList();
    if (applications.isEmpty()) {
      return null;
    }
    return RegisterFigures.applications(year, applications, cases,
        WorkingDayCalendar.load(timelinessSettings.calendarDirectory()));
  }

  private static String orNull(String organization) {
    return ALL_ORGANIZATIONS.equals(organization) ? null : organization;
  }

  /** The latest year with a publication of {@code organization}; empty when it has none. */
  public OptionalInt latestYear(String organization) throws IOException {
    SearchResponse<Void> response = connection.client().search(search -> search
        .index(indices.publications().alias())
        .size(0)
        .query(organizationFilter(organization))
        .aggregations("latest", a -> a.max(max -> max.field("year"))), Void.class);
    Double latest = response.aggregations().get("latest").max().value();
    return latest == null || latest.isInfinite() || latest.isNaN() ? OptionalInt.empty() : OptionalInt.of(latest.intValue());
  }

  private static Query organizationFilter(String organization) {
    return ALL_ORGANIZATIONS.equals(organization)
        ? Query.of(q -> q.matchAll(all -> all))
        : Query.of(q -> q.term(t -> t.field("organization").value(organization)));
  }

  private static Aggregation yearAggregation(int year) {
    return Aggregation.of(a -> a
        .filter(f -> f.term(t -> t.field("year").value(year)))
        .aggregations("byCategory", termsOf("category"))
        .aggregations("byChannel", termsOf("channels"))
        .aggregations("byDepartment", termsOf("department"))
        .aggregations("byDisclosure", termsOf("disclosure"))
        .aggregations("byMonth", termsOf("month"))
        .aggregations("personalData", a2 -> a2.filter(f -> f.range(r -> r.number(n -> n.field("personalData").gt(0.0))))
            .aggregations("byDepartment", a3 -> a3.terms(t -> t.field("department").size(MAX_TERMS))
                .aggregations("numbers", a4 -> a4.sum(sum -> sum.field("personalData"))))));
  }

  private static Map<String, Long> personalData(Aggregate inYear) {
    Map<String, Long> numbers = new TreeMap<>();
    Aggregate masked = inYear.filter().aggregations().get("personalData");
    for (StringTermsBucket bucket : masked.filter().aggregations().get("byDepartment").sterms().buckets().array()) {
      numbers.put(bucket.key().stringValue(), Math.round(bucket.aggregations().get("numbers").sum().value()));
    }
    return numbers;
  }

  private static Aggregation cumulativeAggregation(int year) {
    return Aggregation.of(a -> a
        .filter(f -> f.range(r -> r.number(n -> n.field("year").lte((double) year))))
        .aggregations("byCategory", termsOf("category"))
        .aggregations("byChannel", termsOf("channels"))
        .aggregations("byYear", a2 -> a2.terms(t -> t.field("year").size(MAX_TERMS))
            .aggregations("byCategory", termsOf("category"))));
  }

  private static Aggregation termsOf(String field) {
    return Aggregation.of(a -> a.terms(t -> t.field(field).size(MAX_TERMS)));
  }

  private static Map<String, Long> terms(Aggregate parent, String name) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (StringTermsBucket bucket : parent.filter().aggregations().get(name).sterms().buckets().array()) {
      counts.put(bucket.key().stringValue(), bucket.docCount());
    }
    return counts;
  }

  private static Map<String, Map<String, Long>> byYearAndCategory(Aggregate upToYear) {
    Map<String, Map<String, Long>> years = new TreeMap<>();
    for (LongTermsBucket year : upToYear.filter().aggregations().get("byYear").lterms().buckets().array()) {
      Map<String, Long> categories = new TreeMap<>();
      for (StringTermsBucket category : year.aggregations().get("byCategory").sterms().buckets().array()) {
        categories.put(category.key().stringValue(), category.docCount());
      }
      years.put(String.valueOf(year.key()), categories);
    }
    return years;
  }

  private static Map<String, Long> sorted(Map<String, Long> counts) {
    return new TreeMap<>(counts);
  }

  /** Every value of the vocabulary, in its official order, zero when absent; unknown values after. */
  private static Map<String, Long> inVocabularyOrder(Map<String, Long> counts, Enum<?>[] vocabulary) {
    Map<String, Long> ordered = new LinkedHashMap<>();
    for (Enum<?> value : vocabulary) {
      String label = ((cn.gongkai.publication.Labelled) value).label();
      ordered.put(label, counts.getOrDefault(label, 0L));
    }
    counts.forEach(ordered::putIfAbsent);
    return ordered;
  }

  private static Map<String, Long> byMonth(Map<String, Long> counts) {
    Map<String, Long> months = new LinkedHashMap<>();
    for (int month = 1; month <= 12; month++) {
      String key = "%02d".formatted(month);
      months.put(key, counts.getOrDefault(key, 0L));
    }
    return months;
  }
}
