package cn.gongkai.load;

import cn.gongkai.classify.Classification;
import cn.gongkai.classify.ClassificationBasis;
import cn.gongkai.classify.PublicationText;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The categories of the loaded publications: the declared ones the model trains on, the
 * publications to (re)classify, and updates of their category alone (a partial update: the rest of
 * the document, its rows and provenance, is left as loaded).
 */
public final class PublicationCategories {

  /** More than any taxonomy has rules: each rule is a basis of its own. */
  private static final int MAX_BASES = 10_000;
  private static final List<String> TRAINING_FIELDS = List.of("title", "declaredCategory");
  private static final List<String> CLASSIFIED_FIELDS = List.of("title", "docNo", "docType", "declaredCategory",
      "category", "categoryBasis", "categoryConfidence");
  private static final Query PLACED_BY_MODEL_OR_DEFAULT = Query.of(q -> q.terms(t -> t.field("categoryBasis")
      .terms(v -> v.value(ClassificationBasis.MODEL_OR_DEFAULT.stream().map(FieldValue::of).toList()))));

  private final ElasticsearchConnection connection;
  private final Indices indices;

  public PublicationCategories(ElasticsearchConnection connection, Indices indices) {
    this.connection = connection;
    this.indices = indices;
  }

  /** The publications that declared a category, as written (whether the taxonomy knows it or not). */
  public PublicationScan<PublicationText> declared() throws IOException {
    return PublicationScan.inIndexOrder(connection, indices, Query.of(q -> q.exists(e -> e.field("declaredCategory"))),
        TRAINING_FIELDS, PublicationCategories::text);
  }

  /**
   * What an ingest run classifies once the model is trained: every publication the model decided
   * or left to the default, this run's and earlier ones' (a model trained on more declared
   * publications may place them otherwise, so the figures do not depend on how the rows were split
   * across runs). A declared or rule-decided category needs no model: the load already gave the
   * chain's final answer.
   */
  public PublicationScan<ClassifiedPublication> placedByModelOrDefault() throws IOException {
    return PublicationScan.inIndexOrder(connection, indices, PLACED_BY_MODEL_OR_DEFAULT, CLASSIFIED_FIELDS,
        PublicationCategories::classified);
  }

  /** The same, of those the ingest run {@code run} loaded or changed. */
  public PublicationScan<ClassifiedPublication> placedByModelOrDefault(long run) throws IOException {
    Query query = Query.of(q -> q.bool(b -> b.filter(PLACED_BY_MODEL_OR_DEFAULT, PublicationScan.touchedBy(run))));
    return PublicationScan.inIndexOrder(connection, indices, query, CLASSIFIED_FIELDS,
        PublicationCategories::classified);
  }

  /** The ids of the publications the ingest run {@code run} loaded or changed, whatever their category. */
  public Set<String> touchedBy(long run) throws IOException {
    Set<String> ids = new HashSet<>();
    try (PublicationScan<String> scan = PublicationScan.inIndexOrder(connection, indices, PublicationScan.touchedBy(run),
        List.of(), PublicationFields::id)) {
      for (List<String> page = scan.next(); !page.isEmpty(); page = scan.next()) {
        ids.addAll(page);
      }
    }
    return ids;
  }

  /**
   * How many publications have each categoryBasis, as last refreshed: those of the ingest run
   * {@code run}, or all when it is empty.
   */
  public Map<String, Long> basisCounts(OptionalLong run) throws IOException {
    Query scope = run.isPresent() ? PublicationScan.touchedBy(run.getAsLong()) : Query.of(q -> q.matchAll(m -> m));
    SearchResponse<Void> response = connection.client().search(search -> search.index(indices.publications().alias())
        .size(0).query(scope).aggregations("basis", a -> a.terms(t -> t.field("categoryBasis").size(MAX_BASES))),
        Void.class);
    Map<String, Long> counts = new HashMap<>();
    for (StringTermsBucket bucket : response.aggregations().get("basis").sterms().buckets().array()) {
      counts.put(bucket.key().stringValue(), bucket.docCount());
    }
    return counts;
  }

  /** Every loaded publication. */
  public PublicationScan<ClassifiedPublication> all() throws IOException {
    return PublicationScan.inIndexOrder(connection, indices, Query.of(q -> q.matchAll(m -> m)), CLASSIFIED_FIELDS,
        PublicationCategories::classified);
  }

  /** Gives each publication its new category, basis and confidence, in one bulk request whose every item is checked. */
  void update(Map<ClassifiedPublication, Classification> changes) throws IOException {
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
    BulkWriteException.requireSuccess(TypedBulk.send(connection, operations),
        "category updates", item -> false);
  }

  /** Updates sent while the caller reads and classifies the next page: see {@link CategoryUpdates}. */
  public CategoryUpdates updates() {
    return new CategoryUpdates(this::update);
  }

  /** Makes the updates visible to the figures. */
  public void refresh() throws IOException {
    indices.publications().refresh();
  }

  private static ClassifiedPublication classified(PublicationFields publication) {
    Number confidence = publication.number("categoryConfidence");
    return new ClassifiedPublication(publication.id(), publication.index(), text(publication),
        publication.text("category"), publication.text("categoryBasis"),
        confidence == null ? null : confidence.doubleValue());
  }

  private static PublicationText text(PublicationFields publication) {
    return new PublicationText(publication.text("title"), publication.text("docNo"), publication.text("docType"),
        publication.text("declaredCategory"));
  }
}
