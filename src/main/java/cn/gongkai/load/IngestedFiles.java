package cn.gongkai.load;

import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of ingested export files, in Elasticsearch beside the publications: a run looks up
 * all its files' checksums at once, and registers them once every row is accounted for.
 */
public final class IngestedFiles {

  private final ElasticsearchConnection connection;
  private final Indices indices;
  private final BulkDocumentWriter writer;

  public IngestedFiles(ElasticsearchConnection connection, Indices indices, BulkDocumentWriter writer) {
    this.connection = connection;
    this.indices = indices;
    this.writer = writer;
  }

  /** The files already ingested among {@code checksums}, by checksum (one request, read in real time). */
  public Map<String, IngestedFile> find(Collection<String> checksums) throws IOException {
    if (checksums.isEmpty()) {
      return Map.of();
    }
    MgetResponse<IngestedFile> response = connection.client().mget(request -> request
        .index(indices.files().alias()).ids(List.copyOf(checksums)), IngestedFile.class);
    Map<String, IngestedFile> found = new HashMap<>();
    for (MultiGetResponseItem<IngestedFile> item : response.docs()) {
      if (item.isResult() && item.result().found()) {
        IngestedFile source = item.result().source();
        found.put(item.result().id(), new IngestedFile(item.result().id(), source.file(), source.size(),
            source.run(), source.ingestedAt()));
      }
    }
    return found;
  }

  /** Registers files as ingested; a file registered before keeps its first registration. */
  public void register(List<IngestedFile> files) throws IOException {
    writer.create(indices.files(), files);
  }
}
