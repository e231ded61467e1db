package cn.gongkai.load;

import cn.gongkai.dedup.MergedPublication;
import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationRecord;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The publications a first load holds back until the model can place them: each one's document
 * but for its category ({@link PublicationJson#head}), with what classification reads of it and the
 * category the load gave it, appended to a file of the run's directory as each chunk is written, so
 * that a load killed after its chunk committed loses none of them. The classification step writes
 * them, each once and with its final category, instead of writing every one a second time with a
 * partial update (issue 19); a step that must read them from the index first writes them as loaded.
 *
 * <p>Each entry is its length, then its fields: an entry cut short by a kill belongs to a chunk that
 * did not commit, which the restarted load writes itself, and is left out when the file is read.
 */
public final class HeldBackFile {

  /** The file's name in the run's directory. */
  public static final String NAME = "held-back.bin";
  /**
   * A publication with a longer text is written by the load as it always was: no keyword term of
   * at most 8,191 characters can pass the 32,766 bytes Elasticsearch refuses (four bytes a character
   * at most), so a held-back one cannot be refused for its content once its rows are counted loaded.
   */
  static final int MAX_TEXT = 8_191;

  private HeldBackFile() {}

  /** One held-back publication: what classification reads, as the load classified it, and its document's head. */
  record Entry(ClassifiedPublication publication, byte[] head) {}

  /** Whether {@code publication} may be held back: every text of it short enough (see {@link #MAX_TEXT}). */
  public static boolean canHold(MergedPublication publication) {
    if (!shortEnough(publication.record())) {
      return false;
    }
    for (PublicationRecord row : publication.contributions()) {
      if (!shortEnough(row)) {
        return false;
      }
    }
    for (Provenance provenance : publication.provenance()) {
      if (!shortEnough(provenance.file()) || !shortEnough(provenance.department())) {
        return false;
      }
    }
    return true;
  }

  private static boolean shortEnough(PublicationRecord row) {
    return shortEnough(row.indexNo()) && shortEnough(row.title()) && shortEnough(row.docNo())
        && shortEnough(row.publisher()) && shortEnough(row.organization()) && shortEnough(row.department())
        && shortEnough(row.declaredCategory()) && shortEnough(row.url()) && shortEnough(row.summary())
        && shortEnough(row.provenance().file()) && shortEnough(row.provenance().department());
  }

  private static boolean shortEnough(String text) {
    return text == null || text.length() <= MAX_TEXT;
  }

  /** Appends to {@code file}, made with its directory if need be. */
  public static Appender appendTo(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return new Appender(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
  }

  /** The ids held back in {@code file}; none when there is no file. Each entry begins with its id. */
  public static Set<String> ids(Path file) throws IOException {
    Set<String> ids = new HashSet<>();
    readEntries(file, bytes -> ids.add(new DataInputStream(new ByteArrayInputStream(bytes)).readUTF()));
    return ids;
  }

  /** Forgets what {@code file} held: once its publications are written. */
  public static void delete(Path file) throws IOException {
    Files.deleteIfExists(file);
  }

  /** What reads the entries of a file, one after the other. */
  interface EntryConsumer {
    void accept(Entry entry) throws IOException;
  }

  /** Reads every whole entry of {@code file}, in the order they were held back; nothing when there is no file. */
  static void read(Path file, EntryConsumer consumer) throws IOException {
    readEntries(file, bytes -> consumer.accept(decode(bytes)));
  }

  /** What reads an entry's bytes. */
  private interface BytesConsumer {
    void accept(byte[] entry) throws IOException;
  }

  private static void readEntries(Path file, BytesConsumer consumer) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      while (true) {
        int length;
        try {
          length = in.readInt();
        } catch (EOFException end) {
          return;
        }
        byte[] bytes = new byte[length];
        try {
          in.readFully(bytes);
        } catch (EOFException cut) {
          return; // cut short by a kill, in a chunk that did not commit
        }
        consumer.accept(bytes);
      }
    }
  }

  private static Entry decode(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    ClassifiedPublication publication = ClassifiedPublication.readFrom(in);
    byte[] head = new byte[in.readInt()];
    in.readFully(head);
    return new Entry(publication, head);
  }

  /** Entries added as a load writes; {@link #flush} before its chunk commits. */
  public static final class Appender implements Closeable {
    private final ByteArrayOutputStream entry = new ByteArrayOutputStream(4096);
    private final DataOutputStream fields = new DataOutputStream(entry);
    private final DataOutputStream out;

    private Appender(OutputStream file) {
      this.out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16));
    }

    /** Holds back {@code publication} (one {@link #canHold} allows), with the head of its document. */
    void add(ClassifiedPublication publication, byte[] head) throws IOException {
      entry.reset();
      publication.writeTo(fields);
      fields.writeInt(head.length);
      fields.write(head);
      fields.flush();
      out.writeInt(entry.size());
      entry.writeTo(out);
    }

    /** Hands what was added to the operating system: a kill after this loses none of it. */
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
