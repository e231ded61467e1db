package cn.gongkai.classify;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The model's training counts as an ingest run left them, with what they describe ({@link
 * IndexStamp}). The next run adds its own changes to them instead of reading every declared
 * publication again, if the index is still in that state when it begins; otherwise it trains from
 * the index as before. A lost or stale file costs time, never a figure.
 */
public record SavedTraining(IndexStamp stamp, NaiveBayesTrainer counts) {

  private static final int MAGIC = 0x474b5443; // "GKTC"

  /** The counts saved in {@code file}; empty when there is none, or it cannot be read (then the run trains anew). */
  public static Optional<SavedTraining> read(Path file) {
    try (InputStream stream = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16))) {
      if (in.readInt() != MAGIC) {
        return Optional.empty();
      }
      IndexStamp stamp = IndexStamp.readFrom(in);
      return Optional.of(new SavedTraining(stamp, NaiveBayesTrainer.readFrom(in)));
    } catch (IOException e) {
      return Optional.empty(); // none yet, or cut short: train from the index
    }
  }

  /** Saves them in {@code file}, replacing it whole: a reader finds the old counts or the new, never half. */
  public void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (OutputStream stream = Files.newOutputStream(partial);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
      out.writeInt(MAGIC);
      stamp.writeTo(out);
      counts.writeTo(out);
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Removes the saved counts, when what a run did makes them wrong and the next run must train anew. */
  public static void forget(Path file) throws IOException {
    Files.deleteIfExists(file);
  }
}
