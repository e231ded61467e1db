package cn.gongkai.job;

import java.util.Locale;

/**
 * One progress line of a file being loaded:
 * {@code [2/5] 办公室.csv: 41,200 rows, 12,300 rows/s, 52% of 14.2 MB, about 4 s left}.
 *
 * @param rowsSince rows read since the file's progress started to be measured
 * @param bytesSince bytes read since then
 * @param nanosSince nanoseconds since then
 */
record ProgressLine(ReadPosition position, long rowsSince, long bytesSince, long nanosSince) {

  static ProgressLine of(ReadPosition position, long rowsSince, long bytesSince, long nanosSince) {
    return new ProgressLine(position, rowsSince, bytesSince, nanosSince);
  }

  String render() {
    double seconds = Math.max(nanosSince, 1) / 1e9;
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[%d/%d] %s: %,d rows, %,.0f rows/s, %d%% of %s",
        position.ordinal(), position.files(), position.file(), position.rows(), rowsSince / seconds,
        Math.round(100 * position.fractionRead()), megabytes(position.size())));
    if (bytesSince > 0) {
      long left = Math.round((position.size() - position.bytesRead()) / (bytesSince / seconds));
      line.append(", about ").append(duration(Math.max(left, 0))).append(" left");
    }
    return line.toString();
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  private static String duration(long seconds) {
    return seconds < 60 ? seconds + " s"
        : seconds < 3600 ? "%d min %02d s".formatted(seconds / 60, seconds % 60)
        : "%d h %02d min".formatted(seconds / 3600, seconds % 3600 / 60);
  }
}
