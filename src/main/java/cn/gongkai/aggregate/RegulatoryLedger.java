package cn.gongkai.aggregate;

import cn.gongkai.publication.DocType;
import cn.gongkai.publication.Validity;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The regulatory ledger of SPEC section 7 as aggregations: for 规章 and 行政规范性文件 each, how many were
 * issued (published) in the year, repealed in it (废止日期), and in force at its end.
 */
final class RegulatoryLedger {

  private static final List<DocType> REGULATORY = List.of(DocType.RULE, DocType.NORMATIVE_DOCUMENT);

  private RegulatoryLedger() {}

  /** One filter per kind of document, each with the four counts as sub-filters. */
  static Aggregation aggregation(int year) {
    String start = year + "-01-01";
    String end = year + "-12-31";
    Map<String, Query> kinds = new LinkedHashMap<>();
    REGULATORY.forEach(type -> kinds.put(type.label(), docType(type)));
    return new Aggregation.Builder().filters(f -> f.keyed(true).filters(b -> b.keyed(kinds)))
        .aggregations("issued", filter(Query.of(q -> q.term(t -> t.field("year").value(year)))))
        .aggregations("repealed", filter(dateBetween("repealedDate", start, end)))
        .aggregations("inForce", filter(Query.of(q -> q.bool(b -> b
            .filter(dateBetween("publishedDate", null, end))
            .mustNot(dateBetween("repealedDate", null, end))
            .mustNot(withoutDate())))))
        .aggregations("repealedWithoutDate", filter(Query.of(q -> q.bool(b -> b
            .filter(dateBetween("publishedDate", null, end))
            .filter(withoutDate())))))
        .build();
  }

  /** 规章 then 行政规范性文件, each with its counts (zeros when there is none). */
  static Map<String, RegulatoryFigures> figures(Aggregate ledger) {
    Map<String, RegulatoryFigures> figures = new LinkedHashMap<>();
    for (DocType type : REGULATORY) {
      var bucket = ledger.filters().buckets().keyed().get(type.label());
      figures.put(type.label(), bucket == null ? RegulatoryFigures.NONE : new RegulatoryFigures(
          count(bucket.aggregations(), "issued"), count(bucket.aggregations(), "repealed"),
          count(bucket.aggregations(), "inForce"), count(bucket.aggregations(), "repealedWithoutDate")));
    }
    return figures;
  }

  private static long count(Map<String, Aggregate> aggregations, String name) {
    return aggregations.get(name).filter().docCount();
  }

  private static Query docType(DocType type) {
    return Query.of(q -> q.term(t -> t.field("docType").value(type.label())));
  }

  /** Marked 废止 or 失效, but with no 废止日期 to say since when. */
  private static Query withoutDate() {
    return Query.of(q -> q.bool(b -> b
        .filter(f -> f.terms(t -> t.field("validity").terms(v -> v.value(List.of(
            FieldValue.of(Validity.REPEALED.label()), FieldValue.of(Validity.EXPIRED.label()))))))
        .mustNot(m -> m.exists(e -> e.field("repealedDate")))));
  }

  /** {@code field} from {@code from} to {@code to}, both included; {@code null} for no bound. */
  private static Query dateBetween(String field, String from, String to) {
    return Query.of(q -> q.range(r -> r.date(d -> {
      d.field(field);
      if (from != null) {
        d.gte(from);
      }
      return to == null ? d : d.lte(to);
    })));
  }

  private static Aggregation filter(Query query) {
    return Aggregation.of(a -> a.filter(query));
  }
}
