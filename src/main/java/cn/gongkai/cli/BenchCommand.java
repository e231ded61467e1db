package cn.gongkai.cli;

import cn.gongkai.aggregate.FiguresQuery;
import cn.gongkai.aggregate.PublicationFigures;
import cn.gongkai.bench.BenchJson;
import cn.gongkai.bench.BenchPlan;
import cn.gongkai.bench.BenchProgress;
import cn.gongkai.bench.BenchResult;
import cn.gongkai.bench.BenchRun;
import cn.gongkai.settings.GongkaiProperties;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    header = "Measure the pipeline against the raw bulk speed of the same node; last line: pipeline/raw-bulk ratio.",
    description = {
        "In one JVM, on the data directory's local node (or GONGKAI_ES_URL's cluster), under index prefixes of its "
            + "own (bench-<yyyyMMddHHmmss>-warmup, -raw, -pipeline, -nightly; never the installation's own indices):",
        "1. generates N rows with the sample generator (2015-2024) into bench/inbox of the data directory, "
            + "unless --inbox;",
        "2. warm-up: runs the full pipeline once (a fresh node indexes at about half speed at first), then "
            + "exports its final publication documents (_id and _source) as bulk bodies;",
        "3. raw baseline: loads those documents as plain pre-serialized _bulk requests, refresh off and no "
            + "replicas, in the fastest of 1,000/5,000/10,000 documents per request x 1/2/3 in flight (probed on "
            + "the first 20 %% into throwaway indices), final refresh included in the time. Only the publication "
            + "documents: not the rejects, file registry or near-duplicates the pipeline also writes;",
        "4. pipeline: the whole ingest job timed end to end on a fresh prefix (read, normalize, deduplicate, "
            + "classify, load, refresh, near-duplicates, classification, reconciliation, registration), per step "
            + "from the job repository; rows/s, publication docs/s, MB/s of input; the heap (sampled every 50 ms, "
            + "and the heap pools' peaks), collections, RSS (VmHWM: the whole process); the CPU of this process "
            + "and of the local node (/proc/<pid>/stat), per row and pipeline over baseline;",
        "5. stats --year <latest year> --format json, timed in process and as a command (a new JVM each time);",
        "6. a second run over the same inbox (every file already ingested), as a share of the first;",
        "7. nightly: 10,000 rows (2,000 re-exports of the inbox's rows, 8,000 new ones of another county, the "
            + "year after) ingested over the pipeline's publications, then into empty indices: a night's cost "
            + "over the loaded history, as a multiple of the same night's into an empty index.",
        "ratio = pipeline publication docs/s over the raw baseline's docs/s: for the same documents, the "
            + "baseline's time over the pipeline's. Progress goes to stderr; the results to stdout and, as JSON, "
            + "to --out. The bench's job runs are recorded in the job repository (and runs/) of the data directory "
            + "like any ingest. Its indices, the model counts its runs saved and its bulk-body file are deleted at "
            + "the end unless --keep. Targets (issues 9 and 19) are reported, never enforced; they are set for 1,000,000 rows and -Xmx512m "
            + "(GONGKAI_JAVA_OPTS=-Xmx512m)."})
final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--records", required = true, paramLabel = "N",
      description = "rows to generate; with --inbox, the rows it holds (a note says when the run read others)")
  int records;

  @Option(names = "--seed", defaultValue = "20191", description = "the generator's seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--duplicates", defaultValue = "0.2", paramLabel = "SHARE",
      description = "the share of generated rows that re-export another row, 0 to 1 (default: ${DEFAULT-VALUE})")
  double duplicates;

  @Option(names = "--inbox", paramLabel = "DIR", description = "measure with these exports instead of generating")
  Path inbox;

  @Option(names = "--keep", description = "keep the bench's indices and bulk-body file")
  boolean keep;

  @Option(names = "--out", paramLabel = "FILE",
      description = "the JSON results; default: bench/bench-<yyyyMMddHHmmss>.json in the data directory")
  Path out;

  @Option(names = "--stats-repeats", defaultValue = "5", paramLabel = "K",
      description = "how many times stats is timed, in process and as a command; the median is reported (default: ${DEFAULT-VALUE})")
  int statsRepeats;

  @Override
  public Integer call() throws Exception {
    BenchPlan plan = plan();
    BenchRun run = new BenchRun(plan, prefix -> GongkaiContext.start(Map.of(BenchPlan.INDEX_PREFIX_PROPERTY, prefix)),
        BenchCommand::statsJson, new BenchProgress(spec.commandLine().getErr()));
    BenchResult result = run.run();
    BenchJson.write(result, Path.of(result.resultsFile()));
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(BenchText.render(result));
    stdout.flush();
    return 0;
  }

  private BenchPlan plan() {
    if (inbox != null && !Files.isDirectory(inbox)) {
      throw new UserInputException("--inbox " + inbox + " is not a directory: give the folder the exports are in");
    }
    try {
      return new BenchPlan(records, seed, duplicates, inbox, keep, out, statsRepeats, LocalDateTime.now());
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  /** What stats --year Y --format json prints, for the configured organization, as StatsCommand does it. */
  private static String statsJson(ConfigurableApplicationContext context, int year) throws IOException {
    String organization = context.getBean(GongkaiProperties.class).organization();
    PublicationFigures figures = context.getBean(FiguresQuery.class).figures(year, organization);
    StringWriter json = new StringWriter();
    OutputFormat.JSON.print(new PrintWriter(json), figures, FiguresText::render);
    return json.toString();
  }
}
