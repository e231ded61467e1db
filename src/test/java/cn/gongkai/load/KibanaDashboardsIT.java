package cn.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.job.IngestRunner;
import cn.gongkai.testsupport.MixedInbox;
import cn.gongkai.testsupport.PipelineIntegrationTest;
import co.elastic.clients.elasticsearch.core.field_caps.FieldCapability;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kibana saved objects shipped in config/dashboards (issue 8) against the real indices a run
 * creates: every field a data view, visualization, saved search or query names exists there, as
 * Elasticsearch's field capabilities report it (aggregated and sorted fields aggregatable, the time
 * fields dates), and every reference between the objects resolves.
 */
class KibanaDashboardsIT extends PipelineIntegrationTest {

  private static final Path NDJSON = Path.of("config", "dashboards", "gongkai-dashboards.ndjson");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** `field > 20`, `field: value` in a KQL query. */
  private static final Pattern KQL_FIELD = Pattern.compile("([A-Za-z_][\\w.]*)\\s*(?::|>=|<=|>|<)");

  @Autowired
  IngestRunner ingestRunner;

  @TempDir
  Path inbox;

  private final Map<String, Map<String, FieldCapability>> capsByIndex = new HashMap<>();
  private List<JsonNode> objects;

  @BeforeEach
  void ingestSoEveryIndexExists() throws Exception {
    MixedInbox.writeTo(inbox);
    assertThat(ingestRunner.run(inbox).completed()).isTrue();
    objects = new ArrayList<>();
    for (String line : Files.readAllLines(NDJSON, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        objects.add(JSON.readTree(line));
      }
    }
  }

  @Test
  void everyFieldTheSavedObjectsReferenceExistsInTheIndexTheyRead() throws Exception {
    assertThat(objects.stream().map(o -> o.path("type").asString()).collect(Collectors.toSet()))
        .contains("index-pattern", "visualization", "search", "dashboard");
    List<String> checked = new ArrayList<>();
    for (JsonNode object : objects) {
      String type = object.path("type").asString();
      JsonNode attributes = object.path("attributes");
      switch (type) {
        case "index-pattern" -> {
          Map<String, FieldCapability> caps = caps(attributes.path("title").asString());
          assertThat(caps.get(attributes.path("timeFieldName").asString())).as("time field of %s", object.path("id"))
              .isNotNull().extracting(FieldCapability::type).isEqualTo("date");
        }
        case "visualization" -> {
          JsonNode visState = JSON.readTree(attributes.path("visState").asString());
          for (JsonNode agg : visState.path("aggs")) {
            String field = agg.path("params").path("field").asString("");
            if (!field.isEmpty()) {
              assertAggregatable(object, field);
              checked.add(field);
            }
          }
        }
        case "search" -> {
          Map<String, FieldCapability> caps = caps(dataViewTitle(object));
          for (JsonNode column : attributes.path("columns")) {
            assertThat(caps).as("column of %s", object.path("id")).containsKey(column.asString());
            checked.add(column.asString());
          }
          for (JsonNode sort : attributes.path("sort")) {
            assertAggregatable(object, sort.get(0).asString());
          }
          String query = JSON.readTree(attributes.path("kibanaSavedObjectMeta").path("searchSourceJSON").asString())
              .path("query").path("query").asString();
          Matcher field = KQL_FIELD.matcher(query);
          while (field.find()) {
            assertThat(caps).as("field of the query '%s' of %s", query, object.path("id")).containsKey(field.group(1));
            checked.add(field.group(1));
          }
        }
        case "dashboard" -> {
          Set<String> refNames = names(object.path("references"));
          for (JsonNode panel : JSON.readTree(attributes.path("panelsJSON").asString())) {
            assertThat(refNames).as("panel reference of %s", object.path("id")).contains(panel.path("panelRefName").asString());
          }
        }
        default -> throw new AssertionError("unexpected saved object type " + type);
      }
    }
    assertThat(checked).contains("category", "year", "channels", "department", "workingDays", "reasonText", "similarity");
  }

  @Test
  void everyReferenceResolvesToAnObjectOfTheFileOfItsType() {
    Map<String, String> typeById = new HashMap<>();
    for (JsonNode object : objects) {
      assertThat(typeById.put(object.path("id").asString(), object.path("type").asString()))
          .as("id %s given twice", object.path("id")).isNull();
    }
    for (JsonNode object : objects) {
      for (JsonNode reference : object.path("references")) {
        assertThat(typeById.get(reference.path("id").asString())).as("reference %s of %s", reference, object.path("id"))
            .isEqualTo(reference.path("type").asString());
      }
    }
  }

  private void assertAggregatable(JsonNode object, String field) throws Exception {
    FieldCapability capability = caps(dataViewTitle(object)).get(field);
    assertThat(capability).as("field %s of %s", field, object.path("id")).isNotNull();
    assertThat(capability.aggregatable()).as("%s aggregatable, for %s", field, object.path("id")).isTrue();
  }

  private String dataViewTitle(JsonNode object) {
    String id = object.path("references").get(0).path("id").asString();
    return objects.stream().filter(o -> o.path("id").asString().equals(id)).findFirst().orElseThrow()
        .path("attributes").path("title").asString();
  }

  /** The field capabilities of the index a data view reads, under this test run's prefix instead of gongkai. */
  private Map<String, FieldCapability> caps(String title) throws Exception {
    assertThat(title).startsWith("gongkai-");
    String index = INDEX_PREFIX + title.substring("gongkai".length());
    if (!capsByIndex.containsKey(index)) {
      Map<String, FieldCapability> caps = new HashMap<>();
      connection.client().fieldCaps(request -> request.index(index).fields("*")).fields()
          .forEach((field, byType) -> byType.values().forEach(capability -> caps.put(field, capability)));
      assertThat(caps).as("fields of %s", index).isNotEmpty();
      capsByIndex.put(index, caps);
    }
    return capsByIndex.get(index);
  }

  private static Set<String> names(JsonNode references) {
    return references.valueStream().map(reference -> reference.path("name").asString()).collect(Collectors.toSet());
  }
}
