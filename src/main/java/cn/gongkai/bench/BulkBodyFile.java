package cn.gongkai.bench;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Bulk bodies prepared before any timing: an NDJSON file of {@code create} action lines and document
 * sources, two lines per document, with the offset where each document starts. A request of
 * documents {@code [from, to)} is then one contiguous read, so the timed part neither serializes nor
 * parses anything, and memory holds only the bodies in flight however many documents there are.
 */
public final class BulkBodyFile implements AutoCloseable {

  private final Path path;
  private final long[] offsets;
  private final FileChannel channel;

  /** @param offsets where each document starts, then the file's length: one more than the documents */
  BulkBodyFile(Path path, long[] offsets) throws IOException {
    if (offsets.length == 0) {
      throw new IllegalArgumentException("offsets end with the file's length, so there is at least one");
    }
    this.path = path;
    this.offsets = offsets.clone();
    this.channel = FileChannel.open(path, StandardOpenOption.READ);
  }

  public Path path() {
    return path;
  }

  public int documents() {
    return offsets.length - 1;
  }

  /** The bytes of the bodies of documents {@code [from, to)}. */
  public long bytes(int from, int to) {
    return offsets[to] - offsets[from];
  }

  /** The body of one request: documents {@code [from, to)}. Safe to call from several threads. */
  public byte[] body(int from, int to) throws IOException {
    if (from < 0 || to > documents() || from >= to) {
      throw new IndexOutOfBoundsException("documents [" + from + ", " + to + ") of " + documents());
    }
    byte[] body = new byte[Math.toIntExact(bytes(from, to))];
    ByteBuffer buffer = ByteBuffer.wrap(body);
    long position = offsets[from];
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, position);
      if (read < 0) {
        throw new EOFException(path + " ended before document " + to + " of " + documents());
      }
      position += read;
    }
    return body;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  @Override
  public String toString() {
    return path + " (" + documents() + " documents, " + bytes(0, documents()) + " bytes, offsets "
        + Arrays.toString(Arrays.copyOf(offsets, Math.min(3, offsets.length))) + "...)";
  }
}
