package cn.gongkai.load;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The publications index: its template (config/elasticsearch/publications-template.json) and the
 * alias everything reads and writes through, over a versioned index ({@code <prefix>-publications-000001})
 * so that a rebuild can swap the alias without readers noticing.
 */
public final class PublicationIndex {

  static final String TEMPLATE_FILE = "publications-template.json";
  private static final Logger log = LoggerFactory.getLogger(PublicationIndex.class);

  private final ElasticsearchConnection connection;
  private final JsonMapper json = JsonMapper.builder().build();

  public PublicationIndex(ElasticsearchConnection connection) {
    this.connection = connection;
  }

  public String alias() {
    return connection.settings().publicationsAlias();
  }

  /** Installs the template (always, so an edited template applies to the next index) and the alias. */
  public void ensure() throws IOException {
    ElasticsearchClient client = connection.client();
    String template = templateJson();
    client.indices().putIndexTemplate(request -> request
        .name(alias())
        .withJson(new StringReader(template)));
    if (!client.indices().existsAlias(request -> request.name(alias())).value()) {
      String index = alias() + "-000001";
      client.indices().create(request -> request
          .index(index)
          .aliases(alias(), a -> a.isWriteIndex(true)));
      log.info("created index {} behind alias {}", index, alias());
    }
  }

  /** Makes everything written so far visible to searches. */
  public void refresh() throws IOException {
    connection.client().indices().refresh(request -> request.index(alias()));
  }

  private String templateJson() throws IOException {
    Path file = connection.settings().templatesDir().resolve(TEMPLATE_FILE);
    if (!Files.isRegularFile(file)) {
      throw new IOException("The index template " + file + " is missing: restore it from the Gongkai "
          + "distribution (config/elasticsearch/" + TEMPLATE_FILE + ")");
    }
    JsonNode template = json.readTree(Files.readString(file));
    ObjectNode withPattern = ((ObjectNode) template).deepCopy();
    withPattern.putArray("index_patterns").add(alias() + "-*");
    return json.writeValueAsString(withPattern);
  }
}
