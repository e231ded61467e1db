package cn.gongkai.settings;

import cn.gongkai.aggregate.CalendarException;
import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.MissingCalendarYearException;
import cn.gongkai.aggregate.TimelinessSettings;
import cn.gongkai.aggregate.WorkingDayCalendar;
import cn.gongkai.classify.ClassificationSettings;
import cn.gongkai.classify.ModelSettings;
import cn.gongkai.load.ElasticsearchConnection;
import cn.gongkai.load.ElasticsearchCredentials;
import cn.gongkai.load.ElasticsearchSettings;
import cn.gongkai.load.BulkDocumentWriter;
import cn.gongkai.load.Indices;
import cn.gongkai.load.IngestedFiles;
import cn.gongkai.load.LoadedPublications;
import cn.gongkai.load.PublicationCategories;
import cn.gongkai.load.PublicationRebuild;
import cn.gongkai.load.PublishingDelay;
import cn.gongkai.load.RegisterStore;
import cn.gongkai.node.LocalNode;
import cn.gongkai.node.LocalNodeSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands each stage its own settings record, cut from the one {@link GongkaiProperties} tree, and
 * builds the infrastructure the stages share (the connection to Elasticsearch, the index).
 */
@Configuration(proxyBeanMethods = false)
public class StageSettings {

  private static final Logger LOG = LoggerFactory.getLogger(StageSettings.class);

  @Bean
  LocalNodeSettings localNodeSettings(GongkaiProperties properties) {
    GongkaiProperties.LocalNode node = properties.elasticsearch().localNode();
    return new LocalNodeSettings(
        properties.dataDir().resolve("elasticsearch"),
        distributions(node),
        node.version(),
        node.heapMb(),
        node.startTimeout(),
        blankToNull(node.javaHome()),
        node.nodes(),
        node.settings(),
        node.security());
  }

  @Bean
  ElasticsearchSettings elasticsearchSettings(GongkaiProperties properties) {
    GongkaiProperties.Elasticsearch elasticsearch = properties.elasticsearch();
    return new ElasticsearchSettings(elasticsearch.url(), elasticsearch.indexPrefix(),
        elasticsearch.connectTimeout(), elasticsearch.socketTimeout(),
        properties.configDir().resolve("elasticsearch"), elasticsearch.allowInsecureHttp(),
        blankToNull(elasticsearch.caCertificate()), elasticsearch.caFingerprint(), credentials(elasticsearch),
        blankToNull(elasticsearch.credentialsFile()));
  }

  @Bean
  LocalNode localNode(LocalNodeSettings settings) {
    return new LocalNode(settings);
  }

  @Bean(destroyMethod = "close")
  ElasticsearchConnection elasticsearchConnection(ElasticsearchSettings settings, LocalNode localNode) {
    // start-up progress is for the person at the terminal, on stderr: stdout is the command's output
    return new ElasticsearchConnection(settings, localNode, System.err::println);
  }

  @Bean
  Indices indices(ElasticsearchConnection connection) {
    return new Indices(connection);
  }

  @Bean
  BulkDocumentWriter bulkDocumentWriter(ElasticsearchConnection connection) {
    return new BulkDocumentWriter(connection);
  }

  @Bean
  RegisterStore registerStore(ElasticsearchConnection connection, Indices indices) {
    return new RegisterStore(connection, indices);
  }

  @Bean
  LoadedPublications loadedPublications(ElasticsearchConnection connection, Indices indices,
      GongkaiProperties properties) {
    return new LoadedPublications(connection, indices, publishingDelay(properties.figures()));
  }

  /**
   * By the configured calendar, loaded once per process; a span outside it gets no delay, and a calendar
   * that cannot be read none at all: the load goes on (the stored delay is for dashboards only), with one
   * warning naming the folder and the fix, which stats and report repeat as their error.
   */
  private static PublishingDelay publishingDelay(GongkaiProperties.Figures figures) {
    WorkingDayCalendar calendar;
    try {
      calendar = WorkingDayCalendar.load(figures.calendar());
    } catch (CalendarException unreadable) {
      LOG.warn("The working-day calendar in {} cannot be read, so publications are loaded without their "
          + "workingDays: {} (fix the files, then stats and report count timeliness again)",
          figures.calendar(), unreadable.getMessage());
      return PublishingDelay.NONE;
    }
    return (created, published) -> {
      try {
        return calendar.workingDaysAfter(created, published);
      } catch (MissingCalendarYearException outside) {
        return null;
      }
    };
  }

  @Bean
  PublicationRebuild publicationRebuild(ElasticsearchConnection connection, Indices indices) {
    return new PublicationRebuild(connection, indices);
  }

  @Bean
  IngestedFiles ingestedFiles(ElasticsearchConnection connection, Indices indices, BulkDocumentWriter writer) {
    return new IngestedFiles(connection, indices, writer);
  }

  @Bean
  FiguresQuery figuresQuery(ElasticsearchConnection connection, Indices indices, GongkaiProperties properties) {
    GongkaiProperties.Figures figures = properties.figures();
    return new FiguresQuery(connection, indices,
        new TimelinessSettings(figures.calendar(), figures.timelinessWorkingDays()));
  }

  @Bean
  ClassificationSettings classificationSettings(GongkaiProperties properties) {
    GongkaiProperties.Classification classification = properties.classification();
    return new ClassificationSettings(classification.taxonomy(),
        new ModelSettings(classification.modelThreshold(), classification.modelSmoothing()));
  }

  @Bean
  PublicationCategories publicationCategories(ElasticsearchConnection connection, Indices indices) {
    return new PublicationCategories(connection, indices);
  }

  /** The build's copy of the server zip first (GONGKAI_HOME is the checkout), then the Maven cache. */
  private static List<Path> distributions(GongkaiProperties.LocalNode node) {
    List<Path> distributions = new ArrayList<>();
    if (node.distribution() != null && !node.distribution().toString().isBlank()) {
      distributions.add(node.distribution());
    }
    String zip = "elasticsearch-" + node.version() + ".zip";
    String home = System.getenv().getOrDefault("GONGKAI_HOME", ".");
    distributions.add(Path.of(home, "target", "elasticsearch", zip).toAbsolutePath().normalize());
    distributions.add(Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "elasticsearch",
        "distribution", "integ-test-zip", "elasticsearch", node.version(), zip));
    return distributions;
  }

  /** Credentials given directly: an API key before a user (a file is read only when neither is given). */
  private static ElasticsearchCredentials credentials(GongkaiProperties.Elasticsearch elasticsearch) {
    if (elasticsearch.apiKey() != null && !elasticsearch.apiKey().isBlank()) {
      return ElasticsearchCredentials.apiKey(elasticsearch.apiKey(), "GONGKAI_ES_API_KEY (gongkai.elasticsearch.api-key)");
    }
    return ElasticsearchCredentials.basic(elasticsearch.username(), elasticsearch.password(),
        "GONGKAI_ES_USERNAME and GONGKAI_ES_PASSWORD (gongkai.elasticsearch.username, password)");
  }

  private static Path blankToNull(Path path) {
    return path == null || path.toString().isBlank() ? null : path;
  }
}
