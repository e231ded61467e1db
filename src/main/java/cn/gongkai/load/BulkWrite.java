package cn.gongkai.load;

/**
 * One write of a bulk body: what it addresses, and where its lines start in the body. Kept beside
 * the bytes because the answers name no write (the filter leaves {@code _id} out): a failed item
 * is known by its place, and this says which document is at that place and which bytes to send
 * again.
 */
record BulkWrite(boolean delete, String index, String id, int start) {

  /** The same write, its lines moved to {@code start} of another body. */
  BulkWrite at(int start) {
    return new BulkWrite(delete, index, id, start);
  }
}
