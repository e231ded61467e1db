package cn.gongkai.intake;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A file's decoded text as the CSV parser reads it, keeping every physical line from the one the
 * current record started on: when a record turns out not to be CSV, its first line can be shown as
 * it stands and parsing can start again on the next line, from the text already read, without
 * going back to the file. Lines end as Commons CSV counts them: at LF, CR or CRLF.
 *
 * <p>What is kept is the current record and the parser's read-ahead, dropped as records complete,
 * so memory stays that of the longest record.
 */
final class ReplayableText extends Reader {

  private static final int CHUNK = 16 * 1024;
  private static final int COMPACT_AT = 64 * 1024;

  private final Reader source;
  private final char[] chunk = new char[CHUNK];
  private final StringBuilder window = new StringBuilder();
  /** Offsets in {@link #window} where lines start: {@code starts[head]} is line {@link #firstLine}. */
  private int[] starts = new int[64];
  private int head;
  private int count = 1;
  private long firstLine = 1;
  private int position;
  private char lastChar;
  private boolean ended;

  ReplayableText(Reader source) {
    this.source = source;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (position == window.length() && !pull()) {
      return -1;
    }
    int n = Math.min(length, window.length() - position);
    window.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  /** Lines before {@code line} will not be asked for again. */
  void release(long line) {
    int drop = (int) Math.min(Math.max(line - firstLine, 0), count - head - 1L);
    head += drop;
    firstLine += drop;
    int offset = starts[head];
    if (offset >= COMPACT_AT && offset > window.length() / 2) {
      window.delete(0, offset);
      position -= offset;
      for (int i = head; i < count; i++) {
        starts[i - head] = starts[i] - offset;
      }
      count -= head;
      head = 0;
    }
  }

  /** The text of {@code line} (kept: not released), without its line break; empty past the end. */
  String line(long line) throws IOException {
    int start = start(line);
    int end = start(line + 1);
    while (end > start && (window.charAt(end - 1) == '\n' || window.charAt(end - 1) == '\r')) {
      end--;
    }
    return window.substring(start, end);
  }

  /** Reads on from the start of {@code line} (kept: not released), as a new parser over this text will. */
  void restartAt(long line) throws IOException {
    position = start(line);
  }

  /** Where {@code line} starts in the window, reading on until that is known; the end of the text past the last line. */
  private int start(long line) throws IOException {
    if (line < firstLine) {
      throw new IllegalStateException("line " + line + " was released");
    }
    // a CR last read may yet be followed by the LF of a CRLF: the next line then starts after it
    while ((head + (line - firstLine) >= count || lastChar == '\r' && head + (line - firstLine) == count - 1)
        && pull()) {
      // read on
    }
    long index = head + (line - firstLine);
    return index < count ? starts[(int) index] : window.length();
  }

  /** Appends the next chunk of the source, noting where lines start in it; false at its end. */
  private boolean pull() throws IOException {
    if (ended) {
      return false;
    }
    int n = source.read(chunk, 0, CHUNK);
    if (n < 0) {
      ended = true;
      return false;
    }
    int base = window.length();
    window.append(chunk, 0, n);
    for (int i = 0; i < n; i++) {
      char c = chunk[i];
      if (c == '\n' && lastChar == '\r') {
        starts[count - 1] = base + i + 1; // CRLF: the line began after the LF, not between the two
      } else if (c == '\n' || c == '\r') {
        addStart(base + i + 1);
      }
      lastChar = c;
    }
    return true;
  }

  private void addStart(int offset) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
    }
    starts[count++] = offset;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
