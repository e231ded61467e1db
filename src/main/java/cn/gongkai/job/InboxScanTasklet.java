package cn.gongkai.job;

import cn.gongkai.intake.FileInspection;
import cn.gongkai.intake.FileInspector;
import cn.gongkai.intake.InboxFile;
import cn.gongkai.intake.InboxScanner;
import cn.gongkai.intake.InboxSurvey;
import cn.gongkai.intake.SetAsideFile;
import cn.gongkai.load.IngestedFile;
import cn.gongkai.load.IngestedFiles;
import cn.gongkai.privacy.PersonalData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Decides, once per run, what happens to each inbox file: read it, skip it (its content was already
 * ingested, by an earlier run or earlier in this one under another name), reject it as a whole, or
 * ignore it (not an export). The decisions go into the job's execution context, so a restarted run
 * reads the same files in the same way even if the inbox changed meanwhile; whole-file rejections
 * are recorded for the clerk at once.
 */
final class InboxScanTasklet implements Tasklet {

  static final String ENTRIES_KEY = "inbox.entries";
  private static final Logger log = LoggerFactory.getLogger(InboxScanTasklet.class);

  private final InboxScanner scanner = new InboxScanner();
  private final Function<JobExecution, FileInspector> inspectors;
  private final IngestedFiles registry;
  private final Function<JobExecution, RejectRecorder> recorders;

  InboxScanTasklet(Function<JobExecution, FileInspector> inspectors, IngestedFiles registry,
      Function<JobExecution, RejectRecorder> recorders) {
    this.inspectors = inspectors;
    this.registry = registry;
    this.recorders = recorders;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
    JobExecution job = contribution.getStepExecution().getJobExecution();
    FileInspector inspector = inspectors.apply(job); // loads config/sources: a mistake there stops the run here
    InboxSurvey survey = scanner.survey(inbox(job));
    List<FileInspection> inspections = new ArrayList<>();
    List<SetAsideFile> setAside = new ArrayList<>(survey.setAside());
    for (InboxFile file : survey.files()) {
      FileInspection inspection = inspector.inspect(file);
      Optional<SetAsideFile> changing = survey.changedSince(file); // after the inspection read it whole
      if (changing.isPresent()) {
        setAside.add(changing.get());
      } else {
        inspections.add(inspection);
      }
    }
    Map<String, IngestedFile> earlier = registry.find(inspections.stream()
        .map(InboxScanTasklet::checksumToRead)
        .flatMap(Optional::stream)
        .collect(java.util.stream.Collectors.toSet()));
    Map<String, String> seenInThisRun = new HashMap<>();
    List<InboxEntry> entries = new ArrayList<>();
    List<RejectEntry> rejections = new ArrayList<>();
    for (FileInspection inspection : inspections) {
      InboxEntry entry = decide(inspection, seenInThisRun, earlier);
      entries.add(entry);
      if (inspection instanceof FileInspection.Rejected rejected) {
        log.warn("rejected {}: {}", entry.file(), entry.message());
        rejections.add(RejectEntry.ofFile(rejected));
      }
    }
    for (SetAsideFile file : setAside) {
      log.info("set aside {}: {}", file.name(), file.message());
      entries.add(new InboxEntry(file.name(), InboxEntry.Status.IGNORED, null, file.size(), null, file.message(), null));
    }
    entries.sort(Comparator.comparing(InboxEntry::file));
    recorders.apply(job).record(rejections);
    job.getExecutionContext().put(ENTRIES_KEY, new ArrayList<>(entries));
    log.info("inbox {}: {} files, {} to read", inbox(job), entries.size(), InboxEntries.ingested(entries).size());
    return RepeatStatus.FINISHED;
  }

  private InboxEntry decide(FileInspection inspection, Map<String, String> seenInThisRun,
      Map<String, IngestedFile> earlier) {
    InboxFile file = inspection.file();
    if (inspection instanceof FileInspection.Readable readable) {
      return readableEntry(readable.file(), readable.bytes().sha256(), FilePlan.of(readable.plan()),
          readable.plan(), seenInThisRun, earlier);
    }
    if (inspection instanceof FileInspection.Register register) {
      return readableEntry(register.file(), register.bytes().sha256(), FilePlan.of(register.plan(), register.kind()),
          register.plan(), seenInThisRun, earlier);
    }
    if (inspection instanceof FileInspection.Rejected rejected) {
      return new InboxEntry(file.name(), InboxEntry.Status.REJECTED,
          rejected.bytes() == null ? null : rejected.bytes().sha256(), file.size(), rejected.reason().name(),
          PersonalData.mask(rejected.message()).text(), null); // it may quote a header taken from a row
    }
    return new InboxEntry(file.name(), InboxEntry.Status.IGNORED, null, file.size(), null,
        ((FileInspection.Ignored) inspection).message(), null);
  }

  /** The checksum of a file whose rows are to be read: an export or a register. */
  private static Optional<String> checksumToRead(FileInspection inspection) {
    if (inspection instanceof FileInspection.Readable readable) {
      return Optional.of(readable.bytes().sha256());
    }
    if (inspection instanceof FileInspection.Register register) {
      return Optional.of(register.bytes().sha256());
    }
    return Optional.empty();
  }

  private static InboxEntry readableEntry(InboxFile file, String checksum, FilePlan filePlan,
      cn.gongkai.intake.ReadPlan plan, Map<String, String> seenInThisRun, Map<String, IngestedFile> earlier) {
    String name = file.name();
    String twin = seenInThisRun.putIfAbsent(checksum, name);
    Optional<String> skip = twin != null
        ? Optional.of(FileNotes.sameAsInThisRun(twin))
        : Optional.ofNullable(earlier.get(checksum)).map(FileNotes::alreadyIngested);
    if (skip.isPresent()) {
      return new InboxEntry(name, InboxEntry.Status.SKIPPED, checksum, file.size(), null, skip.get(), null);
    }
    String note = filePlan.isRegister() ? FileNotes.register(filePlan.registerKind())
        : plan.source() == null ? FileNotes.noSource(plan.defaults().department()) : null;
    return new InboxEntry(name, InboxEntry.Status.INGESTED, checksum, file.size(), null, note, filePlan);
  }

  static Path inbox(JobExecution job) {
    return Path.of(job.getJobParameters().getString(IngestJobConfiguration.INBOX_PARAMETER));
  }
}
