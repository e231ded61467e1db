package cn.gongkai.load;

import cn.gongkai.classify.Classification;
import cn.gongkai.classify.ClassificationBasis;
import cn.gongkai.classify.IndexStamp;
import cn.gongkai.classify.PublicationText;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every publication the model placed or left to the default, as an ingest run's classification step
 * left them: what the chain reads of each and the category it was given, stamped with the state of
 * the index it describes ({@link IndexStamp}). The next run classifies these again with its model
 * from this file instead of reading them all back from Elasticsearch, so that a night's cost does
 * not grow with the history (issue 19); what it wrote itself it reads from the index. A lost, stale
 * or unreadable file costs time, never a figure: the step reads the index as before.
 *
 * <p>The file is the stamp, the entries, then an end mark with their count: one without its end was
 * cut short, and is none. It is replaced whole, never appended to.
 */
public final class SavedPlacements {

  private static final int MAGIC = 0x474b504c; // "GKPL"

  private SavedPlacements() {}

  /** Where the placements of the publications behind {@code alias} are kept, beside the model's counts. */
  public static Path file(Path modelDir, String alias) {
    return modelDir.resolve(alias + ".placements");
  }

  /** Whether {@code basis} is one the file keeps: the model's or the default's. */
  public static boolean kept(String basis) {
    return ClassificationBasis.MODEL_OR_DEFAULT.contains(basis);
  }

  /** What the file in {@code file} describes; empty when there is none or it is not one. */
  public static Optional<IndexStamp> stamp(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (DataInputStream in = open(file)) {
      return in.readInt() == MAGIC ? Optional.of(IndexStamp.readFrom(in)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Hands each publication of {@code file} to {@code consumer}, in the order they were saved.
   *
   * @return how many there were
   * @throws IOException when the file cannot be read whole (cut short, or not one of these)
   */
  public static long read(Path file, Consumer<ClassifiedPublication> consumer) throws IOException {
    try (DataInputStream in = open(file)) {
      if (in.readInt() != MAGIC) {
        throw new IOException(file + " is not a file of saved placements");
      }
      IndexStamp.readFrom(in);
      long count = 0;
      while (in.readBoolean()) {
        consumer.accept(ClassifiedPublication.readFrom(in));
        count++;
      }
      long saved = in.readLong();
      if (saved != count) {
        throw new IOException(file + " ends with a count of " + saved + " placements but holds " + count);
      }
      return count;
    }
  }

  /** Removes the file, when what a run does makes it wrong (a reclassification, merged near-duplicates). */
  public static void forget(Path file) throws IOException {
    Files.deleteIfExists(file);
  }

  /** Begins a new file of placements for {@code stamp}; it replaces {@code file} on {@link Writer#commit}. */
  public static Writer create(Path file, IndexStamp stamp) throws IOException {
    Files.createDirectories(file.getParent());
    return new Writer(file, stamp);
  }

  private static DataInputStream open(Path file) throws IOException {
    return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
  }

  /** A file being written: closed without {@link #commit}, it leaves the old file in place and no other. */
  public static final class Writer implements Closeable {
    private final Path file;
    private final Path partial;
    private final DataOutputStream out;
    private long count;
    /** A text too long for the file's format: then the file is not saved, and the next run reads the index. */
    private String unwritable;
    private boolean committed;

    private Writer(Path file, IndexStamp stamp) throws IOException {
      this.file = file;
      this.partial = file.resolveSibling(file.getFileName() + ".partial");
      this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16));
      out.writeInt(MAGIC);
      stamp.writeTo(out);
    }

    /**
     * Saves publication {@code id} with the category it was given, if the model placed it or left it
     * to the default; the confidence as Elasticsearch stores it (a float), as a scan would read it.
     */
    public void add(String id, String index, PublicationText text, Classification classification) throws IOException {
      String basis = classification.basis().label();
      if (unwritable != null || !kept(basis)) {
        return;
      }
      Double confidence = classification.confidence() == null ? null
          : (double) (float) classification.confidence().doubleValue();
      ClassifiedPublication placed = new ClassifiedPublication(id, index, text, classification.category(), basis,
          confidence);
      try {
        out.writeBoolean(true);
        placed.writeTo(out);
      } catch (UTFDataFormatException tooLong) {
        unwritable = id;
        return;
      }
      count++;
    }

    /** How many publications were saved. */
    public long count() {
      return count;
    }

    /**
     * Ends the file and puts it in place of the old one, whole.
     *
     * @return false when it could not be saved (a text too long for it): then no file is left, and the next run reads the index
     */
    public boolean commit() throws IOException {
      if (unwritable != null) {
        out.close();
        Files.deleteIfExists(partial);
        Files.deleteIfExists(file);
        return false;
      }
      out.writeBoolean(false);
      out.writeLong(count);
      out.close();
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      committed = true;
      return true;
    }

    /** The publication whose text was too long to save, or {@code null}. */
    public String unwritable() {
      return unwritable;
    }

    @Override
    public void close() throws IOException {
      if (!committed) {
        out.close();
        Files.deleteIfExists(partial);
      }
    }
  }
}
