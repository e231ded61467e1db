package cn.gongkai.load;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An index Gongkai owns: its template (a JSON file under config/elasticsearch) and the alias
 * everything reads and writes through, over a versioned index ({@code <alias>-000001}) so that a
 * rebuild can swap the alias without readers noticing.
 */
public final class ManagedIndex {

  private static final Logger log = LoggerFactory.getLogger(ManagedIndex.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ElasticsearchConnection connection;
  private final String alias;
  private final String templateFile;

  /**
   * @param name what the index holds ({@code publications}); the alias is {@code <prefix>-<name>}
   * @param templateFile the template's file name under the templates directory
   */
  public ManagedIndex(ElasticsearchConnection connection, String name, String templateFile) {
    this.connection = connection;
    this.alias = connection.settings().indexPrefix() + "-" + name;
    this.templateFile = templateFile;
  }

  public String alias() {
    return alias;
  }

  /**
   * Installs the template (always, so an edited template applies to the next index) and the alias;
   * an index that exists already gets the template's new fields, so an upgrade needs no rebuild.
   */
  public void ensure() throws IOException {
    ElasticsearchClient client = connection.client();
    ObjectNode template = template();
    client.indices().putIndexTemplate(request -> request.name(alias)
        .withJson(new StringReader(JSON.writeValueAsString(template))));
    if (!client.indices().existsAlias(request -> request.name(alias)).value()) {
      createFirstIndex(client);
    } else {
      addNewFields(client, template.path("template").path("mappings"));
    }
  }

  /** The documents of {@code ids} that exist, by id, read in one multi-get; a failed read throws. */
  public <T> java.util.Map<String, T> get(java.util.Set<String> ids, Class<T> type) throws IOException {
    java.util.Map<String, T> found = new java.util.HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    var response = connection.client().mget(request -> request.index(alias).ids(List.copyOf(ids)), type);
    for (var item : response.docs()) {
      if (item.isFailure()) {
        throw new BulkWriteException("Elasticsearch could not read " + item.failure().id() + " from " + alias + ": "
            + item.failure().error().reason());
      }
      if (item.result().found()) {
        found.put(item.result().id(), item.result().source());
      }
    }
    return found;
  }

  /** Makes everything written so far visible to searches. */
  public void refresh() throws IOException {
    connection.client().indices().refresh(request -> request.index(alias));
  }

  /**
   * Before a bulk load: everything written so far made searchable (a restarted load must find what
   * the failed one wrote), then no refreshes while it loads, which would take the node's time from
   * indexing; a load reads what it wrote by id, which needs no refresh. Replicas stay: on a cluster
   * that has them, a node lost in the middle of a load loses none of what was written.
   */
  public void suspendRefresh() throws IOException {
    refresh();
    putSettings("{\"index\": {\"refresh_interval\": \"-1\"}}");
  }

  /**
   * After a bulk load, failed or not: the template's refresh interval and replicas again (the
   * cluster's defaults where it sets none), and everything written made searchable.
   */
  public void resumeRefresh() throws IOException {
    restoreSettings(alias);
  }

  /** The index the alias writes to now, e.g. {@code gongkai-publications-000001}. */
  public String writeIndex() throws IOException {
    var aliases = connection.client().indices().getAlias(request -> request.name(alias)).aliases();
    return aliases.entrySet().stream()
        .filter(entry -> !Boolean.FALSE.equals(entry.getValue().aliases().get(alias).isWriteIndex()))
        .map(java.util.Map.Entry::getKey)
        .max(String::compareTo)
        .orElseThrow(() -> new IOException("The alias " + alias + " points to no index: run an ingest to create it"));
  }

  /**
   * A new, empty index for a rebuild, named after the current one with the next number, under the
   * template as it is now; no alias points to it yet, and it is not refreshed and has no replicas
   * while it fills.
   */
  public String createNextIndex(String current) throws IOException {
    ElasticsearchClient client = connection.client();
    String template = JSON.writeValueAsString(template());
    client.indices().putIndexTemplate(request -> request.name(alias).withJson(new StringReader(template)));
    int number = Integer.parseInt(current.substring(current.lastIndexOf('-') + 1));
    String next = alias + "-%06d".formatted(number + 1);
    client.indices().create(request -> request.index(next)
        .settings(settings -> settings.refreshInterval(t -> t.time("-1")).autoExpandReplicas("false").numberOfReplicas("0")));
    log.info("created index {} to rebuild {} into", next, current);
    return next;
  }

  /** The template's refresh interval and replicas on {@code index}, then a refresh. */
  public void restoreSettings(String index) throws IOException {
    JsonNode settings = template().path("template").path("settings");
    ObjectNode restored = JSON.createObjectNode();
    ObjectNode values = restored.putObject("index");
    for (String setting : List.of("refresh_interval", "auto_expand_replicas", "number_of_replicas")) {
      if (settings.has(setting)) {
        values.set(setting, settings.get(setting));
      } else {
        values.putNull(setting); // back to the cluster's default
      }
    }
    String json = JSON.writeValueAsString(restored);
    connection.client().indices().putSettings(request -> request.index(index).withJson(new StringReader(json)));
    connection.client().indices().refresh(request -> request.index(index));
  }

  /**
   * Points the alias at {@code to} instead of {@code from} in one atomic change: a search through the
   * alias sees one index or the other, never both, never neither.
   */
  public void swapAlias(String from, String to) throws IOException {
    connection.client().indices().updateAliases(request -> request
        .actions(action -> action.remove(remove -> remove.index(from).alias(alias)))
        .actions(action -> action.add(add -> add.index(to).alias(alias).isWriteIndex(true))));
    log.info("alias {} now points to {} instead of {}", alias, to, from);
  }

  private void putSettings(String json) throws IOException {
    connection.client().indices().putSettings(request -> request.index(alias).withJson(new StringReader(json)));
  }

  private void createFirstIndex(ElasticsearchClient client) throws IOException {
    String index = alias + "-000001";
    try {
      client.indices().create(request -> request.index(index).aliases(alias, a -> a.isWriteIndex(true)));
      log.info("created index {} behind alias {}", index, alias);
    } catch (ElasticsearchException e) {
      ErrorCause cause = e.error();
      if (!"resource_already_exists_exception".equals(cause.type())) {
        throw e; // another process creating the same index at the same moment is fine; anything else is not
      }
    }
  }

  private void addNewFields(ElasticsearchClient client, JsonNode mappings) throws IOException {
    if (mappings.isMissingNode()) {
      return;
    }
    try {
      client.indices().putMapping(request -> request.index(alias)
          .withJson(new StringReader(JSON.writeValueAsString(mappings))));
    } catch (ElasticsearchException e) {
      throw new IOException("The index " + alias + " was created with a template whose fields conflict with "
          + templateFile + " (" + e.error().reason() + "): rebuild the index, or restore the template", e);
    }
  }

  private ObjectNode template() throws IOException {
    Path file = connection.settings().templatesDir().resolve(templateFile);
    if (!Files.isRegularFile(file)) {
      throw new IOException("The index template " + file + " is missing: restore it from the Gongkai "
          + "distribution (config/elasticsearch/" + templateFile + ")");
    }
    ObjectNode template = (ObjectNode) JSON.readTree(Files.readString(file));
    template.putArray("index_patterns").add(alias + "-*");
    return template;
  }
}
