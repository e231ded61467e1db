package cn.gongkai.job;

import java.nio.file.Path;

/** Another ingest holds the data directory: this one is refused, never run beside it. */
public class RunInProgressException extends RuntimeException {

  RunInProgressException(Path dataDir, String holder) {
    super("Another ingest is running on the data directory " + dataDir
        + (holder.isEmpty() ? "" : " (" + holder + ")")
        + "; this run was refused, so the two cannot count rows twice. Run it again once that one has finished.");
  }
}
