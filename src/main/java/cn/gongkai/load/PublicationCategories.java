package cn.gongkai.load;

import cn.gongkai.classify.Classification;
import cn.gongkai.classify.ClassificationBasis;
import cn.gongkai.classify.PublicationText;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The categories of the loaded publications: the declared ones the model trains on, the
 * publications to (re)classify, and updates of their category alone (a partial update: the rest of
 * the document, its rows and provenance, is left as loaded).
 */
public final class PublicationCategories {

  private static final List<String> TRAINING_FIELDS = List.of("title", "declaredCategory");
  private static final List<String> CLASSIFIED_FIELDS = List.of("title", "docNo", "docType", "declaredCategory",
      "category", "categoryBasis", "categoryConfidence");

  private final ElasticsearchConnection connection;
  private final Indices indices;

  public PublicationCategories(ElasticsearchConnection connection, Indices indices) {
    this.connection = connection;
    this.indices = indices;
  }

  /** The publications that declared a category, as written (whether the taxonomy knows it or not). */
  public PublicationScan<PublicationText> declared() throws IOException {
    return PublicationScan.inIndexOrder(connection, indices, Query.of(q -> q.exists(e -> e.field("declaredCategory"))),
        TRAINING_FIELDS, hit -> text(hit.source()));
  }

  /**
   * What an ingest run classifies: the publications it loaded or changed, and every publication the
   * model decided or left to the default, since a model trained on more declared publications may
   * place them otherwise. So the figures do not depend on how the rows were split across runs.
   */
  public PublicationScan<ClassifiedPublication> toClassifyAfter(long run) throws IOException {
    Query query = Query.of(q -> q.bool(b -> b
        .should(PublicationScan.touchedBy(run))
        .should(s -> s.terms(t -> t.field("categoryBasis").terms(v -> v.value(List.of(
            FieldValue.of(new ClassificationBasis.Model(1).label()),
            FieldValue.of(new ClassificationBasis.Default().label()))))))
        .minimumShouldMatch("1")));
    return PublicationScan.inIndexOrder(connection, indices, query, CLASSIFIED_FIELDS,
        PublicationCategories::classified);
  }

  /** Every loaded publication. */
  public PublicationScan<ClassifiedPublication> all() throws IOException {
    return PublicationScan.inIndexOrder(connection, indices, Query.of(q -> q.matchAll(m -> m)), CLASSIFIED_FIELDS,
        PublicationCategories::classified);
  }

  /** Gives each publication its new category, basis and confidence, in one bulk request whose every item is checked. */
  public void update(Map<ClassifiedPublication, Classification> changes) throws IOException {
    if (changes.isEmpty()) {
      return;
    }
    List<BulkOperation> operations = new ArrayList<>(changes.size());
    changes.forEach((publication, classification) -> {
      Map<String, Object> fields = new HashMap<>();
      fields.put("category", classification.category());
      fields.put("categoryBasis", classification.basis().label());
      fields.put("categoryConfidence", classification.confidence()); // null clears a model's old confidence
      operations.add(BulkOperation.of(op -> op.update(u -> u.index(publication.index()).id(publication.id())
          .action(a -> a.doc(fields)))));
    });
    BulkWriteException.requireSuccess(connection.client().bulk(bulk -> bulk.operations(operations)),
        "category updates", item -> false);
  }

  /** Makes the updates visible to the figures. */
  public void refresh() throws IOException {
    indices.publications().refresh();
  }

  private static ClassifiedPublication classified(Hit<Map<String, Object>> hit) {
    Map<String, Object> source = hit.source();
    Object confidence = source.get("categoryConfidence");
    return new ClassifiedPublication(hit.id(), hit.index(), text(source), (String) source.get("category"),
        (String) source.get("categoryBasis"), confidence == null ? null : ((Number) confidence).doubleValue());
  }

  private static PublicationText text(Map<String, Object> source) {
    return new PublicationText((String) source.get("title"), (String) source.get("docNo"),
        (String) source.get("docType"), (String) source.get("declaredCategory"));
  }
}
