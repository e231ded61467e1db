package cn.gongkai.job;

import cn.gongkai.load.BulkDocumentWriter;
import cn.gongkai.load.Indices;
import cn.gongkai.load.RejectDocument;
import cn.gongkai.support.StableId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Records the rejections of a run where the clerks look for them: the run's rejects.csv and the
 * rejects index. Each rejection's id derives from the file's content and the line, so recording it
 * again (a restarted run) does not list it twice in the index.
 */
final class RejectRecorder {

  private final RejectsFile file;
  private final BulkDocumentWriter writer;
  private final Indices indices;
  private final long run;
  private final Clock clock;

  RejectRecorder(Path runDirectory, long run, BulkDocumentWriter writer, Indices indices, Clock clock) {
    this.file = new RejectsFile(runDirectory);
    this.writer = writer;
    this.indices = indices;
    this.run = run;
    this.clock = clock;
  }

  void record(List<RejectEntry> rejections) throws IOException {
    if (rejections.isEmpty()) {
      return;
    }
    file.append(rejections);
    String now = clock.instant().toString();
    writer.create(indices.rejects(), rejections.stream().map(entry -> document(entry, now)).toList());
  }

  Path path() {
    return file.path();
  }

  private RejectDocument document(RejectEntry entry, String now) {
    String key = (entry.checksum() != null ? entry.checksum() : entry.file()) + ":" + entry.scope() + ":" + entry.line();
    return new RejectDocument(StableId.of(key), run, entry.file(), entry.line(), entry.scope(), entry.reasonCode(),
        entry.reasonText(), entry.message(), RawText.shortened(entry.raw()), entry.department(), entry.organization(),
        now);
  }
}
