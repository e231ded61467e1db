package cn.gongkai.job;

/**
 * How far the load has read: the file being read ({@code ordinal} of {@code files}, from 1), its
 * rows read so far, and its bytes read of its size.
 */
public record ReadPosition(String file, int ordinal, int files, long rows, long bytesRead, long size) {

  /** The share of the file read, 0 to 1; 1 for an empty file. */
  public double fractionRead() {
    return size <= 0 ? 1 : Math.min(1, (double) bytesRead / size);
  }
}
