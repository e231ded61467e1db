package cn.gongkai.testsupport;

import cn.gongkai.GongkaiApplication;
import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.load.ElasticsearchConnection;
import cn.gongkai.sample.SampleSpec;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests that run the real application context against the shared node.
 * All of them share one context (one job repository under target/it-runs, one random index prefix);
 * every test starts from an empty index, so exact counts can be asserted.
 */
@SpringBootTest(classes = GongkaiApplication.class)
public abstract class PipelineIntegrationTest {

  protected static final String INDEX_PREFIX = "it-" + UUID.randomUUID().toString().substring(0, 8);
  protected static final Path DATA_DIR = Path.of("target", "it-runs", INDEX_PREFIX).toAbsolutePath();
  /** The taxonomy the runs read: a copy of config/taxonomy.yml, restored before each test, that a test may edit. */
  protected static final Path TAXONOMY = DATA_DIR.resolve("taxonomy.yml");
  protected static final int CHUNK_SIZE = 13;

  @Autowired
  protected ElasticsearchConnection connection;

  @DynamicPropertySource
  static void useSharedNode(DynamicPropertyRegistry registry) {
    registry.add("gongkai.elasticsearch.url", SharedNode::url);
    registry.add("gongkai.elasticsearch.index-prefix", () -> INDEX_PREFIX);
    registry.add("gongkai.data-dir", DATA_DIR::toString);
    registry.add("gongkai.classification.taxonomy", TAXONOMY::toString);
    // chunks far smaller than a fixture: rows merge across chunks of one run, not only within one
    registry.add("gongkai.ingest.chunk-size", () -> CHUNK_SIZE);
  }

  /** Deletes this test run's indices and restores the default taxonomy: the next ingest starts an installation afresh. */
  @BeforeEach
  protected void startFromAnEmptyIndex() throws IOException {
    Files.createDirectories(DATA_DIR);
    Files.copy(Path.of("config", "taxonomy.yml"), TAXONOMY, StandardCopyOption.REPLACE_EXISTING);
    ElasticsearchClient client = connection.client();
    for (String index : client.indices().get(request -> request
        .index(INDEX_PREFIX + "-*").allowNoIndices(true).ignoreUnavailable(true)).indices().keySet()) {
      client.indices().delete(request -> request.index(index));
    }
  }

  /** The figures of each year of {@code spec}, first to last, for the demo's organization. */
  protected static List<PublicationFigures> figuresOfEveryYear(FiguresQuery figuresQuery, SampleSpec spec)
      throws IOException {
    List<PublicationFigures> figures = new ArrayList<>();
    for (int year = spec.firstYear(); year <= spec.lastYear(); year++) {
      figures.add(figuresQuery.figures(year, spec.organization()));
    }
    return figures;
  }

  protected static Path fixture(String name) {
    return Path.of("src", "test", "resources", "inboxes", name).toAbsolutePath();
  }
}
