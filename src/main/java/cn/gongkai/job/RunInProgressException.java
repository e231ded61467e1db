package cn.gongkai.job;

import java.nio.file.Path;

/**
 * Another command (an ingest, a reclassify, a rebuild) holds the data directory: this one is
 * refused, never run beside it, so that neither overwrites the other's writes or counts rows twice.
 */
public class RunInProgressException extends RuntimeException {

  RunInProgressException(Path dataDir, String refused, String holder) {
    super("Another command is writing to the data directory " + dataDir
        + " (" + (holder.isEmpty() ? "its holder did not say who it is" : holder) + "); this " + refused
        + " was refused, so that the two cannot overwrite each other's writes or count rows twice. Run it again "
        + "once that one has finished.");
  }
}
