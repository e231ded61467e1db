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

  /** Makes everything written so far visible to searches. */
  public void refresh() throws IOException {
    connection.client().indices().refresh(request -> request.index(alias));
  }

  /**
   * Before a bulk load: everything written so far made searchable (a restarted load must find what
   * the failed one wrote), then no refreshes and no replicas while it loads, which would take the
   * node's time from indexing; a load reads what it wrote by id, which needs no refresh.
   */
  public void suspendRefresh() throws IOException {
    refresh();
    putSettings("{\"index\": {\"refresh_interval\": \"-1\", \"number_of_replicas\": 0}}");
  }

  /**
   * After a bulk load, failed or not: the template's refresh interval and replicas again (the
   * cluster's defaults where it sets none), and everything written made searchable.
   */
  public void resumeRefresh() throws IOException {
    JsonNode settings = template().path("template").path("settings");
    ObjectNode restored = JSON.createObjectNode();
    ObjectNode index = restored.putObject("index");
    for (String setting : List.of("refresh_interval", "number_of_replicas")) {
      if (settings.has(setting)) {
        index.set(setting, settings.get(setting));
      } else {
        index.putNull(setting); // back to the cluster's default
      }
    }
    putSettings(JSON.writeValueAsString(restored));
    refresh();
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
