package cn.gongkai.load;

import java.util.ArrayList;
import java.util.List;

/**
 * A finished bulk body: its first {@code length} bytes, and its writes in order. The array is the
 * body's own, handed over and not copied (copying every body was CPU taken from Elasticsearch,
 * issue 19), so nothing writes to it once it is a payload. It is kept until its answer is checked,
 * so that the writes answered 429 can be sent again without serializing anything twice.
 */
record BulkPayload(byte[] bytes, int length, List<BulkWrite> writes) {

  int size() {
    return writes.size();
  }

  BulkWrite write(int position) {
    return writes.get(position);
  }

  /** A body of the writes at {@code positions} only, in their order. */
  BulkPayload only(List<Integer> positions) {
    int length = 0;
    for (int position : positions) {
      length += end(position) - writes.get(position).start();
    }
    byte[] copy = new byte[length];
    List<BulkWrite> kept = new ArrayList<>(positions.size());
    int offset = 0;
    for (int position : positions) {
      BulkWrite write = writes.get(position);
      int bytes = end(position) - write.start();
      System.arraycopy(this.bytes, write.start(), copy, offset, bytes);
      kept.add(write.at(offset));
      offset += bytes;
    }
    return new BulkPayload(copy, length, kept);
  }

  private int end(int position) {
    return position + 1 < writes.size() ? writes.get(position + 1).start() : length;
  }
}
