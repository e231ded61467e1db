package cn.gongkai.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a bench's figures do and do not include, and what this run noticed that bears on them. */
final class BenchNotes {

  private final BenchPlan plan;

  BenchNotes(BenchPlan plan) {
    this.plan = plan;
  }

  List<String> of(InboxFacts inbox, BaselineResult raw, PipelineResult pipeline, StatsResult stats, boolean mergesIdle,
      boolean statsAfterMerges) {
    List<String> notes = new ArrayList<>(List.of(
        "The raw baseline loads the final publication documents only; the pipeline also writes "
            + "rejected rows, file registry and near-duplicates indices.",
        "Both timed loads end with a refresh: their documents are searchable when the clock stops.",
        "ratio = the pipeline's publication documents per second (over the whole job's wall time) / the raw "
            + "baseline's; for the same documents, the baseline's time / the pipeline's.",
        "Peak RSS (VmHWM) is the whole process's, warm-up and raw baseline included; heap figures are the "
            + "measured run's.",
        "CPU figures are /proc/<pid>/stat utime + stime (10 ms ticks) read at the start and the end of each timed "
            + "section: the application's every thread, JIT compilers and collector included; the node's merges "
            + "that run on after a section ends are not counted.",
        "The nightly runs time the same 10,000-row inbox over the measured run's publications and into empty "
            + "indices created before the clock starts."));
    if (raw.cpu().nodeNotMeasured() != null || pipeline.cpu().nodeNotMeasured() != null) {
      notes.add("The node's CPU was not measured: " + (raw.cpu().nodeNotMeasured() != null
          ? raw.cpu().nodeNotMeasured() : pipeline.cpu().nodeNotMeasured()) + ".");
    }
    if (!inbox.generated()) {
      notes.add("The nightly inbox's new rows are another organization's, in the year after the latest loaded: "
          + "new by construction against a generated inbox, only most probably against a given one.");
    }
    if (pipeline.publications() != raw.load().documents()) {
      notes.add(format("The measured run left %,d publications but the baseline loaded %,d: the ratio compares "
          + "different documents.", pipeline.publications(), raw.load().documents()));
    }
    if (inbox.generated() && pipeline.publications() != inbox.distinctPublications()) {
      notes.add(format("The generated rows hold %,d distinct publications but the run left %,d.",
          inbox.distinctPublications(), pipeline.publications()));
    }
    if (!inbox.generated() && pipeline.rowsRead() != plan.records()) {
      notes.add(format("--records said %,d rows; the inbox held %,d.", plan.records(), pipeline.rowsRead()));
    }
    if (pipeline.rowsRead() < BenchTargets.TARGET_ROWS) {
      notes.add(format("The targets are set for %,d rows; this run read %,d.", BenchTargets.TARGET_ROWS,
          pipeline.rowsRead()));
    }
    if (!mergesIdle) {
      notes.add("The node was still merging segments when the measured run started (waited 60 s).");
    }
    if (stats == null) {
      notes.add("No publication had a year: stats was not timed.");
    } else {
      notes.add(statsAfterMerges
          ? "stats was timed once the node had merged the load's segments, as in the morning after a nightly run."
          : "stats was timed while the node was still merging the load's segments (waited 60 s).");
    }
    return notes;
  }

  private static String format(String format, Object... arguments) {
    return String.format(Locale.ROOT, format, arguments);
  }
}
