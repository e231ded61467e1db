package cn.gongkai.load;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bulk body being written: NDJSON in one array that grows as needed, handed over as it is when
 * the body is sent, so no document is copied between being serialized and being sent (issue 19).
 * The action lines are written here; the documents are streamed in by a generator over this stream.
 * The first body of a batch grows towards the size its first writes let foresee, the next ones
 * start at about the size of the one before, so that few arrays are copied. The arrays come from
 * {@link BulkBuffers}, and go back there once a body's answer is checked.
 */
final class BulkBody extends OutputStream {

  private static final int FIRST_CAPACITY = 64 * 1024;
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;
  private static final byte[] INDEX = "{\"index\":{\"_index\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] DELETE = "{\"delete\":{\"_index\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ID = ",\"_id\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "}}\n".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] EMPTY = new byte[0];

  private final BulkBuffers buffers;
  private final int ceiling;
  private final int expectedWrites;
  private int planned;
  private byte[] bytes = EMPTY;
  private int length;
  private List<BulkWrite> writes = new ArrayList<>();

  BulkBody(BulkBuffers buffers, long maxBodyBytes, int expectedWrites) {
    this.buffers = buffers;
    this.ceiling = (int) Math.min(MAX_ARRAY, maxBodyBytes + maxBodyBytes / 8 + 1024);
    this.expectedWrites = expectedWrites;
    this.planned = Math.min(FIRST_CAPACITY, ceiling);
  }

  int length() {
    return length;
  }

  int writes() {
    return writes.size();
  }

  /** Writes the action line of a write, and records it; returns where it starts. */
  int startWrite(boolean delete, String index, String id) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(id, "id");
    int start = length;
    raw(delete ? DELETE : INDEX);
    string(index);
    raw(ID);
    string(id);
    raw(END);
    writes.add(new BulkWrite(delete, index, id, start));
    return start;
  }

  /** Forgets the write started at {@code start}, which could not be written whole. */
  void abandonWrite(int start) {
    writes.remove(writes.size() - 1);
    length = start;
  }

  /** The body so far, to send, the last write left out (to begin the next body) if {@code keepLast}. */
  BulkPayload take(boolean keepLast) {
    int cut = keepLast ? writes.get(writes.size() - 1).start() : length;
    List<BulkWrite> taken = writes;
    writes = new ArrayList<>();
    if (keepLast) {
      writes.add(taken.remove(taken.size() - 1).at(0));
    }
    BulkPayload payload = new BulkPayload(bytes, cut, taken);
    planned = (int) Math.min(ceiling, cut + cut / 8L);
    int kept = length - cut;
    byte[] sent = bytes;
    bytes = kept == 0 ? EMPTY : buffers.take(Math.max(kept, planned));
    System.arraycopy(sent, cut, bytes, 0, kept);
    length = kept;
    return payload;
  }

  @Override
  public void write(int b) {
    ensure(1);
    bytes[length++] = (byte) b;
  }

  @Override
  public void write(byte[] source, int offset, int count) {
    ensure(count);
    System.arraycopy(source, offset, bytes, length, count);
    length += count;
  }

  private void raw(byte[] source) {
    write(source, 0, source.length);
  }

  private void string(String text) {
    ensure(JsonStringBytes.maxLength(text));
    length = JsonStringBytes.write(text, bytes, length);
  }

  private void ensure(int count) {
    long needed = (long) length + count;
    if (needed <= bytes.length) {
      return;
    }
    if (needed > MAX_ARRAY) {
      throw new IllegalStateException("a bulk body cannot hold " + needed + " bytes");
    }
    long foreseen = writes.isEmpty() ? planned : (long) length / writes.size() * expectedWrites * 9 / 8;
    long wanted = Math.max(2L * bytes.length, Math.max(planned, foreseen));
    // past the ceiling only for one immense document, which grows by doubling like any other
    long capacity = needed <= ceiling ? Math.min(wanted, ceiling) : Math.min(MAX_ARRAY, 2L * bytes.length);
    byte[] grown = buffers.take((int) Math.max(needed, capacity));
    System.arraycopy(bytes, 0, grown, 0, length);
    if (bytes != EMPTY) {
      buffers.giveBack(bytes);
    }
    bytes = grown;
  }
}
