package cn.gongkai.job;

import java.io.Serializable;

/**
 * The counts of one inbox file. Kept in the step's execution context (hence Serializable), so a
 * restarted run carries on counting where the failed one stopped.
 *
 * @param unknownChannels channel values outside the vocabulary, folded into 其他
 */
public record FileTally(long read, long loaded, long merged, long rejected, long unknownChannels)
    implements Serializable {

  public static final FileTally EMPTY = new FileTally(0, 0, 0, 0, 0);

  /** Whether every row read is accounted for: read = loaded + merged + rejected. */
  public boolean reconciles() {
    return read == loaded + merged + rejected;
  }

  FileTally plusRead() {
    return new FileTally(read + 1, loaded, merged, rejected, unknownChannels);
  }

  FileTally plusLoaded() {
    return new FileTally(read, loaded + 1, merged, rejected, unknownChannels);
  }

  FileTally plusMerged() {
    return new FileTally(read, loaded, merged + 1, rejected, unknownChannels);
  }

  FileTally plusRejected() {
    return new FileTally(read, loaded, merged, rejected + 1, unknownChannels);
  }

  FileTally plus(FileTally other) {
    return new FileTally(read + other.read, loaded + other.loaded, merged + other.merged,
        rejected + other.rejected, unknownChannels + other.unknownChannels);
  }
}
