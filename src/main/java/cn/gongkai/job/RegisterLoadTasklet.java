package cn.gongkai.job;

import cn.gongkai.application.Application;
import cn.gongkai.application.ParsedRegister;
import cn.gongkai.application.RegisterDeduplication;
import cn.gongkai.application.RegisterKind;
import cn.gongkai.application.RegisterReader;
import cn.gongkai.application.RegisterRejection;
import cn.gongkai.application.ReviewCase;
import cn.gongkai.dedup.RowOrigin;
import cn.gongkai.load.ApplicationDocument;
import cn.gongkai.load.RegisterStore;
import cn.gongkai.load.ReviewDocument;
import cn.gongkai.support.StableId;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.function.Function;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Loads the run's registers of applications and of review cases (SPEC section 9), in one go: they
 * hold thousands of rows, not millions. Every row is counted in its file's tally: loaded (a new
 * application or case), merged (one already loaded, by an earlier row or run), or rejected with a
 * reason the clerk can act on. Of rows that are one application, {@link RegisterDeduplication} says
 * which is kept: the most advanced (answered over open, closed over pending), between equals the later. Writing again replaces by id, and a row
 * that finds the document it created itself in a failed attempt counts as loaded, so a restarted run
 * counts as an uninterrupted one.
 */
final class RegisterLoadTasklet implements Tasklet {

  static final String TALLIES_KEY = "registers.tallies";
  static final String SET_ASIDE_KEY = "registers.setAside";

  private final RegisterStore store;
  private final RegisterReader reader;
  private final Function<JobExecution, RejectRecorder> recorders;
  private final Clock clock;

  RegisterLoadTasklet(RegisterStore store, RegisterReader reader, Function<JobExecution, RejectRecorder> recorders,
      Clock clock) {
    this.store = store;
    this.reader = reader;
    this.recorders = recorders;
    this.clock = clock;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
    JobExecution job = contribution.getStepExecution().getJobExecution();
    long run = job.getJobInstance().getInstanceId();
    Path inbox = InboxScanTasklet.inbox(job);
    Map<String, FileTally> tallies = new LinkedHashMap<>();
    List<RejectEntry> rejections = new ArrayList<>();
    Map<String, ApplicationDocument> applications = new LinkedHashMap<>();
    Map<String, ReviewDocument> reviews = new LinkedHashMap<>();
    String now = clock.instant().toString();
    Map<String, String> setAside = new TreeMap<>();
    for (InboxEntry entry : InboxEntries.registers(InboxEntries.of(job))) {
      FilePlan plan = entry.plan();
      Path file = inbox.resolve(entry.file());
      Optional<InboxFileCheck.Change> change = InboxFileCheck.changed(file, entry.size(), entry.checksum());
      if (change.isPresent()) {
        setAside.put(entry.file(), FileNotes.changedAfterScan(change.get())); // read whole by a later run
        continue;
      }
      FileTally tally = FileTally.EMPTY;
      if (plan.registerKind() == RegisterKind.APPLICATIONS) {
        ParsedRegister<Application> register = reader.applications(file, plan.toReadPlan());
        tally = rejected(entry, register, rejections);
        Map<String, ApplicationDocument> found = store.applications(ids(register, RegisterKind.APPLICATIONS));
        for (ParsedRegister.Accepted<Application> row : register.accepted()) {
          String id = id(RegisterKind.APPLICATIONS, row.key());
          RowOrigin origin = new RowOrigin(run, entry.file(), row.line());
          ApplicationDocument incoming = ApplicationDocument.of(id, row.key(), row.record(), plan.organization(),
              new ApplicationDocument.RegisterProvenance(entry.file(), row.line()), origin, run, now);
          ApplicationDocument kept = applications.containsKey(id) ? applications.get(id)
              : found.containsKey(id) ? found.get(id).withId(id) : null;
          boolean merged = kept != null && !origin.equals(kept.origin());
          tally = merged ? tally.plusRead().plusMerged() : tally.plusRead().plusLoaded();
          applications.put(id, kept == null ? incoming
              : RegisterDeduplication.replaces(kept.toApplication(), row.record()) ? incoming.withOrigin(kept.origin())
                  : kept);
        }
      } else {
        ParsedRegister<ReviewCase> register = reader.reviewCases(file, plan.toReadPlan());
        tally = rejected(entry, register, rejections);
        Map<String, ReviewDocument> found = store.reviews(ids(register, RegisterKind.REVIEWS));
        for (ParsedRegister.Accepted<ReviewCase> row : register.accepted()) {
          String id = id(RegisterKind.REVIEWS, row.key());
          RowOrigin origin = new RowOrigin(run, entry.file(), row.line());
          ReviewDocument incoming = ReviewDocument.of(id, row.key(), row.record(), plan.department(),
              plan.organization(), new ApplicationDocument.RegisterProvenance(entry.file(), row.line()), origin, run, now);
          ReviewDocument kept = reviews.containsKey(id) ? reviews.get(id)
              : found.containsKey(id) ? found.get(id).withId(id) : null;
          boolean merged = kept != null && !origin.equals(kept.origin());
          tally = merged ? tally.plusRead().plusMerged() : tally.plusRead().plusLoaded();
          reviews.put(id, kept == null ? incoming
              : RegisterDeduplication.replaces(kept.toCase(), row.record()) ? incoming.withOrigin(kept.origin()) : kept);
        }
      }
      InboxFileCheck.requireUnchangedAfterReading(file, entry);
      tallies.put(entry.file(), tally);
    }
    store.writeApplications(applications.values());
    store.writeReviews(reviews.values());
    recorders.apply(job).record(rejections);
    job.getExecutionContext().put(TALLIES_KEY, new LinkedHashMap<>(tallies));
    job.getExecutionContext().put(SET_ASIDE_KEY, new TreeMap<>(setAside));
    return RepeatStatus.FINISHED;
  }

  private static FileTally rejected(InboxEntry entry, ParsedRegister<?> register, List<RejectEntry> rejections) {
    FileTally tally = FileTally.EMPTY;
    for (ParsedRegister.Rejected rejected : register.rejected()) {
      RegisterRejection rejection = rejected.rejection();
      rejections.add(RejectEntry.ofRegisterRow(entry.file(), rejected.line(), rejection.reason().name(),
          rejection.reason().description(), rejection.message(), entry.plan().department(),
          entry.plan().organization(), entry.checksum()));
      tally = tally.plusRead().plusRejected();
    }
    return tally;
  }

  private static Set<String> ids(ParsedRegister<?> register, RegisterKind kind) {
    Set<String> ids = new LinkedHashSet<>();
    for (ParsedRegister.Accepted<?> row : register.accepted()) {
      ids.add(id(kind, row.key()));
    }
    return ids;
  }

  /** A stable id per key: the same application always lands on the same document. */
  private static String id(RegisterKind kind, String key) {
    return StableId.of(kind.name() + "|" + key);
  }
}
