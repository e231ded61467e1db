package cn.gongkai.bench;

import cn.gongkai.intake.InboxScanner;
import cn.gongkai.sample.SampleExportGenerator;
import cn.gongkai.sample.SampleSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The exports a bench measures with: those given with --inbox, or rows the sample generator writes
 * into the bench's own inbox ({@code bench/inbox} in the data directory), emptied first so that no
 * file of an earlier bench of another size is counted.
 */
final class BenchInbox {

  private final BenchPlan plan;
  private final BenchProgress progress;

  BenchInbox(BenchPlan plan, BenchProgress progress) {
    this.plan = plan;
    this.progress = progress;
  }

  InboxFacts prepare(Path dataDir, String organization) throws IOException {
    if (!plan.generates()) {
      int files = new InboxScanner().scan(plan.inbox()).size();
      progress.say("inbox: %d files in %s (given, not generated)", files, plan.inbox());
      return new InboxFacts(plan.inbox().toString(), false, files, -1, -1, -1, 0);
    }
    Path inbox = BenchPlan.workDir(dataDir).resolve("inbox");
    empty(inbox);
    SampleSpec sample = plan.sample(organization);
    long start = System.nanoTime();
    List<Path> files = new SampleExportGenerator(sample).writeTo(inbox);
    double seconds = (System.nanoTime() - start) / 1e9;
    progress.say("generated %d files, %,d rows (%,d distinct publications, %,d re-exports), %d-%d, in %s",
        files.size(), sample.records(), sample.distinctPublications(), sample.duplicateRows(), sample.firstYear(),
        sample.lastYear(), inbox);
    return new InboxFacts(inbox.toString(), true, files.size(), sample.records(), sample.distinctPublications(),
        sample.duplicateRows(), seconds);
  }

  /** Deletes what is inside the bench's own inbox; the bench never deletes in an inbox it was given. */
  static void empty(Path inbox) throws IOException {
    if (!Files.isDirectory(inbox)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(inbox)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(inbox)).toList()) {
        Files.delete(path);
      }
    }
  }
}
