package cn.gongkai.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes the publication documents of an index, exactly as the pipeline left them ({@code _id} and
 * {@code _source}), as bulk bodies ({@link BulkBodyFile}): what the raw baseline loads. Read page by
 * page from a point in time in index order, the cheapest order, so memory holds one page.
 */
public final class PublicationExport {

  private static final int PAGE = 5_000;
  private static final byte[] NEWLINE = {'\n'};

  private final BenchCluster cluster;

  public PublicationExport(BenchCluster cluster) {
    this.cluster = cluster;
  }

  public BulkBodyFile export(String index, Path file) throws IOException {
    long expected = cluster.count(index);
    long[] offsets = new long[Math.toIntExact(expected) + 1];
    Files.createDirectories(file.getParent());
    String pit = cluster.call("POST", "/" + index + "/_pit", null, Map.of("keep_alive", "5m")).path("id").asString();
    int documents = 0;
    long written = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      JsonNode after = null;
      for (JsonNode page = page(pit, null); !page.path("hits").path("hits").isEmpty(); page = page(pit, after)) {
        pit = page.path("pit_id").asString(pit);
        for (JsonNode hit : page.path("hits").path("hits")) {
          if (documents == expected) {
            throw new IOException(index + " holds more documents than the " + expected + " it counted: is something writing to it?");
          }
          offsets[documents++] = written;
          written += write(out, hit);
          after = hit.path("sort");
        }
      }
    } finally {
      cluster.callIfFound("DELETE", "/_pit", Map.of("id", pit), Map.of());
    }
    if (documents != expected) {
      throw new IOException("exported " + documents + " documents of " + index + ", which counted " + expected);
    }
    offsets[documents] = written;
    return new BulkBodyFile(file, offsets);
  }

  private JsonNode page(String pit, JsonNode after) throws IOException {
    Map<String, Object> search = new LinkedHashMap<>();
    search.put("size", PAGE);
    search.put("pit", Map.of("id", pit, "keep_alive", "5m"));
    search.put("sort", List.of(Map.of("_shard_doc", "asc")));
    search.put("track_total_hits", false);
    if (after != null) {
      search.put("search_after", after);
    }
    return cluster.call("POST", "/_search", search, Map.of("filter_path", "pit_id,hits.hits._id,hits.hits._source,hits.hits.sort"));
  }

  /** {@code {"create":{"_id":…}}} then the source, each on its line; returns the bytes written. */
  private static long write(OutputStream out, JsonNode hit) throws IOException {
    byte[] action = BenchCluster.JSON.writeValueAsBytes(Map.of("create", Map.of("_id", hit.path("_id").asString())));
    byte[] source = BenchCluster.JSON.writeValueAsBytes(hit.path("_source"));
    out.write(action);
    out.write(NEWLINE);
    out.write(source);
    out.write(NEWLINE);
    return action.length + source.length + 2L;
  }
}
