package cn.gongkai.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * All of Gongkai's configuration ({@code gongkai.*} in config/application.yml), bound once and
 * validated at start-up. Stages never see this tree: {@link StageSettings} hands each its own
 * small settings record.
 *
 * @param dataDir all state: the local node, the job repository, run outputs ({@code GONGKAI_DATA})
 * @param configDir the organization's configuration: templates, sources, taxonomy
 * @param sourcesDir the source definitions; {@code null} for {@code sources/} in the config directory
 * @param organization the organization the figures are for, and the default of every source
 * @param classification the taxonomy and the statistical model (SPEC section 6)
 * @param figures how the figures of SPEC section 7 are counted
 * @param serve what {@code jobs/gongkai serve} runs, and when
 */
@ConfigurationProperties("gongkai")
public record GongkaiProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue("./config") Path configDir,
    Path sourcesDir,
    String organization,
    @DefaultValue Elasticsearch elasticsearch,
    @DefaultValue Ingest ingest,
    @DefaultValue Intake intake,
    @DefaultValue NearDuplicates nearDuplicates,
    @DefaultValue Classification classification,
    @DefaultValue Figures figures,
    @DefaultValue Serve serve,
    @DefaultValue Applications applications) {

  public GongkaiProperties {
    dataDir = dataDir.toAbsolutePath().normalize();
    configDir = configDir.toAbsolutePath().normalize();
    sourcesDir = (sourcesDir == null || sourcesDir.toString().isBlank() ? configDir.resolve("sources") : sourcesDir)
        .toAbsolutePath().normalize();
    classification = classification.resolvedIn(configDir);
    figures = figures.resolvedIn(configDir);
    if (organization == null || organization.isBlank()) {
      throw new IllegalArgumentException(
          "gongkai.organization is not set: name the organization whose figures this installation produces "
              + "(config/application.yml)");
    }
  }

  /**
   * Where each run saves for the next the model's training counts ({@code <alias>.counts}) and what the
   * model placed ({@code <alias>.placements}).
   */
  public Path modelDir() {
    return dataDir.resolve("model");
  }

  /**
   * @param url an existing cluster ({@code GONGKAI_ES_URL}); blank to use the local node
   * @param indexPrefix the prefix of every index and alias, so installations can share a cluster
   * @param allowInsecureHttp plain {@code http://} to a host other than this machine, which is refused
   *     unless this is true (a network the office trusts)
   * @param caCertificate the PEM certificate of the cluster's authority ({@code GONGKAI_ES_CA})
   * @param caFingerprint or its SHA-256 fingerprint ({@code GONGKAI_ES_CA_FINGERPRINT})
   * @param username with {@code password}: basic authentication ({@code GONGKAI_ES_USERNAME}, {@code _PASSWORD})
   * @param apiKey or an API key ({@code GONGKAI_ES_API_KEY})
   * @param credentialsFile or a file holding either ({@code GONGKAI_ES_CREDENTIALS})
   */
  public record Elasticsearch(
      String url,
      @DefaultValue("gongkai") String indexPrefix,
      @DefaultValue("5s") Duration connectTimeout,
      @DefaultValue("60s") Duration socketTimeout,
      @DefaultValue LocalNode localNode,
      @DefaultValue("false") boolean allowInsecureHttp,
      Path caCertificate,
      String caFingerprint,
      String username,
      String password,
      String apiKey,
      Path credentialsFile) {

    /** Everything but the secrets, which no log or error may show. */
    @Override
    public String toString() {
      return "Elasticsearch[url=" + url + ", indexPrefix=" + indexPrefix + ", localNode=" + localNode
          + ", caCertificate=" + caCertificate + ", username=" + username + ", password=" + (password == null ? null : "****")
          + ", apiKey=" + (apiKey == null ? null : "****") + ", credentialsFile=" + credentialsFile + "]";
    }

    public Elasticsearch {
      if (indexPrefix.isBlank() || !indexPrefix.equals(indexPrefix.toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException(
            "gongkai.elasticsearch.index-prefix must be non-blank lower case, was '" + indexPrefix + "'");
      }
    }

    public boolean usesLocalNode() {
      return url == null || url.isBlank();
    }
  }

  /**
   * @param version the server version; the build writes it (the client is compiled against it)
   * @param distribution the server zip; blank for the build's copy or the local Maven repository
   * @param javaHome the JDK for the node ({@code ES_JAVA_HOME}); blank to find one
   * @param nodes 1, or 2 or 3 for a cluster on this machine (to try replicas)
   * @param settings further Elasticsearch settings for every node, name to value
   * @param security the node answers only on https, to a user of its own (one node only)
   */
  public record LocalNode(
      String version,
      Path distribution,
      @DefaultValue("1024") int heapMb,
      @DefaultValue("180s") Duration startTimeout,
      Path javaHome,
      @DefaultValue("1") int nodes,
      java.util.Map<String, String> settings,
      @DefaultValue("false") boolean security) {

    public LocalNode {
      settings = settings == null ? java.util.Map.of() : java.util.Map.copyOf(settings);
    }
  }

  /**
   * Probable duplicates that share no key (SPEC section 5): same publisher, 发布日期 at most {@code
   * maxDays} apart, title bigram similarity at least {@code threshold}.
   *
   * @param merge merge them like exact duplicates, instead of only listing them for review
   */
  public record NearDuplicates(
      @DefaultValue("0.9") double threshold, @DefaultValue("3") int maxDays, @DefaultValue("false") boolean merge) {

    public NearDuplicates {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("gongkai.near-duplicates.threshold must be in (0, 1], was " + threshold);
      }
      if (maxDays < 0) {
        throw new IllegalArgumentException("gongkai.near-duplicates.max-days must be 0 or more, was " + maxDays);
      }
    }
  }

  /**
   * @param inbox the folder the departments' exports are dropped in, which each scheduled run reads
   * @param cron when to run: a Spring cron expression (second minute hour day month weekday)
   * @param zone the time zone the cron expression is read in
   */
  public record Serve(@DefaultValue("./inbox") Path inbox, @DefaultValue("0 30 1 * * *") String cron,
      @DefaultValue("Asia/Shanghai") ZoneId zone) {

    public Serve {
      inbox = inbox.toAbsolutePath().normalize();
      if (!CronExpression.isValidExpression(cron)) {
        throw new IllegalArgumentException("gongkai.serve.cron '" + cron + "' is not a cron expression: six fields, "
            + "second minute hour day-of-month month day-of-week, e.g. '0 30 1 * * *' for 01:30 every night");
      }
    }
  }

  /** @param chunkSize rows per transaction and per bulk request */
  /**
   * The registers of applications (SPEC section 9).
   *
   * @param resultSynonyms the office's own wordings of 办理结果, text to a row of part 三 (its key,
   *     e.g. 不予公开-属于国家秘密), beside the format's rows and the common wordings
   */
  public record Applications(java.util.Map<String, String> resultSynonyms) {
    public Applications {
      resultSynonyms = resultSynonyms == null ? java.util.Map.of() : java.util.Map.copyOf(resultSynonyms);
    }
  }

  public record Ingest(@DefaultValue("5000") int chunkSize) {

    public Ingest {
      if (chunkSize < 1) {
        throw new IllegalArgumentException("gongkai.ingest.chunk-size must be 1 or more, was " + chunkSize);
      }
    }
  }

  /** @param dates the years a date of a row can be true of */
  public record Intake(@DefaultValue Dates dates) {}

  /**
   * @param earliestYear the first year a date may name (1949)
   * @param latestYearsAhead how many years after the run's year a date may name (1: next year)
   */
  public record Dates(@DefaultValue("1949") int earliestYear, @DefaultValue("1") int latestYearsAhead) {}

  /**
   * @param taxonomy the taxonomy file, relative to the config directory; blank for {@code taxonomy.yml}
   * @param modelThreshold the least confidence at which the model decides a category, in (0, 1]
   * @param modelSmoothing the model's additive smoothing of bigram counts, above 0
   * @param evaluationFolds how many folds classify-eval cross-validates with, by default
   */
  public record Classification(
      Path taxonomy,
      @DefaultValue("0.6") double modelThreshold,
      @DefaultValue("0.1") double modelSmoothing,
      @DefaultValue("5") int evaluationFolds) {

    public Classification {
      if (!(modelThreshold > 0 && modelThreshold <= 1)) {
        throw new IllegalArgumentException(
            "gongkai.classification.model-threshold must be in (0, 1], was " + modelThreshold);
      }
      if (!(modelSmoothing > 0)) {
        throw new IllegalArgumentException("gongkai.classification.model-smoothing must be above 0, was " + modelSmoothing);
      }
      if (evaluationFolds < 2) {
        throw new IllegalArgumentException("gongkai.classification.evaluation-folds must be 2 or more, was "
            + evaluationFolds);
      }
    }

    /**
     * The same settings with the taxonomy file resolved against the configuration directory, so that
     * a scheduled run finds it whatever its working directory.
     */
    Classification resolvedIn(Path configDir) {
      Path file = taxonomy == null || taxonomy.toString().isBlank() ? Path.of("taxonomy.yml") : taxonomy;
      return new Classification(configDir.resolve(file).toAbsolutePath().normalize(), modelThreshold, modelSmoothing,
          evaluationFolds);
    }
  }

  /**
   * @param timelinessWorkingDays publications within this many working days of 生成日期 are on time
   *     (20 by the 2019 条例 article 26; some work plans ask for 3 or 5)
   * @param calendar the working-day calendar, relative to the config directory; blank for {@code calendar}
   */
  public record Figures(@DefaultValue("20") int timelinessWorkingDays, Path calendar) {

    public Figures {
      if (timelinessWorkingDays < 0) {
        throw new IllegalArgumentException(
            "gongkai.figures.timeliness-working-days must be 0 or more, was " + timelinessWorkingDays);
      }
    }

    Figures resolvedIn(Path configDir) {
      Path directory = calendar == null || calendar.toString().isBlank() ? Path.of("calendar") : calendar;
      return new Figures(timelinessWorkingDays, configDir.resolve(directory).toAbsolutePath().normalize());
    }
  }
}
