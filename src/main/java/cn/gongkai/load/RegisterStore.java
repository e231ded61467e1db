package cn.gongkai.load;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The applications and review cases of the registers in Elasticsearch: looked up by id when rows
 * arrive, written whole (a document's id is its key's, so writing it again replaces it), read
 * whole for the figures (registers hold thousands of rows, not millions).
 */
public final class RegisterStore {

  private static final int PAGE = 5_000;

  private final ElasticsearchConnection connection;
  private final Indices indices;

  public RegisterStore(ElasticsearchConnection connection, Indices indices) {
    this.connection = connection;
    this.indices = indices;
  }

  public Map<String, ApplicationDocument> applications(Set<String> ids) throws IOException {
    return indices.applications().get(ids, ApplicationDocument.class);
  }

  public Map<String, ReviewDocument> reviews(Set<String> ids) throws IOException {
    return indices.reviews().get(ids, ReviewDocument.class);
  }

  public void writeApplications(Collection<ApplicationDocument> documents) throws IOException {
    write(indices.applications(), documents);
  }

  public void writeReviews(Collection<ReviewDocument> documents) throws IOException {
    write(indices.reviews(), documents);
  }

  /** Every application of an organization ({@code null} for all). */
  public List<ApplicationDocument> allApplications(String organization) throws IOException {
    return all(indices.applications(), organization, ApplicationDocument.class);
  }

  /** Every review case of an organization ({@code null} for all). */
  public List<ReviewDocument> allReviews(String organization) throws IOException {
    return all(indices.reviews(), organization, ReviewDocument.class);
  }

  private void write(ManagedIndex index, Collection<? extends IndexedDocument> documents) throws IOException {
    if (documents.isEmpty()) {
      return;
    }
    List<BulkOperation> operations = new ArrayList<>(documents.size());
    for (IndexedDocument document : documents) {
      operations.add(BulkOperation.of(op -> op.index(i -> i.index(index.alias()).id(document.id()).document(document))));
    }
    BulkWriteException.requireSuccess(TypedBulk.send(connection, operations), index.alias() + " writes", item -> false);
    index.refresh();
  }


  private <T> List<T> all(ManagedIndex index, String organization, Class<T> type) throws IOException {
    List<T> documents = new ArrayList<>();
    List<FieldValue> after = null;
    while (true) {
      List<FieldValue> searchAfter = after;
      SearchResponse<T> page = connection.client().search(search -> {
        search.index(index.alias()).size(PAGE).sort(sort -> sort.field(f -> f.field("key").order(SortOrder.Asc)));
        if (organization != null) {
          search.query(query -> query.term(term -> term.field("organization").value(organization)));
        }
        if (searchAfter != null) {
          search.searchAfter(searchAfter);
        }
        return search;
      }, type);
      List<Hit<T>> hits = page.hits().hits();
      for (Hit<T> hit : hits) {
        documents.add(hit.source());
      }
      if (hits.size() < PAGE) {
        return documents;
      }
      after = hits.get(hits.size() - 1).sort();
    }
  }
}
