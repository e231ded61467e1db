package cn.gongkai.load;

import java.nio.charset.StandardCharsets;

/**
 * A Java string as a JSON string in UTF-8, written straight into a byte array. The index and id
 * of a bulk action line are its only strings: encoding them by hand costs less than a generator
 * (or an ObjectMapper call) per line, which is what every document paid before (issue 19).
 */
final class JsonStringBytes {

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private JsonStringBytes() {}

  /** The most bytes {@link #write} may take for {@code text}: six a char (an escape), and the quotes. */
  static int maxLength(String text) {
    return 6 * text.length() + 2;
  }

  /**
   * Writes {@code text} quoted, escaped where JSON requires it, into {@code into} at {@code at},
   * which has at least {@link #maxLength} bytes from there; returns where the string ends.
   */
  static int write(String text, byte[] into, int at) {
    int end = at;
    into[end++] = '"';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        end = ascii(c, into, end);
      } else if (c < 0x800) {
        into[end++] = (byte) (0xC0 | c >> 6);
        into[end++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int point = Character.toCodePoint(c, text.charAt(++i));
        into[end++] = (byte) (0xF0 | point >> 18);
        into[end++] = (byte) (0x80 | point >> 12 & 0x3F);
        into[end++] = (byte) (0x80 | point >> 6 & 0x3F);
        into[end++] = (byte) (0x80 | point & 0x3F);
      } else if (Character.isSurrogate(c)) {
        end = unicodeEscape(c, into, end); // half a pair has no UTF-8: the escape keeps it, for the node to judge
      } else {
        into[end++] = (byte) (0xE0 | c >> 12);
        into[end++] = (byte) (0x80 | c >> 6 & 0x3F);
        into[end++] = (byte) (0x80 | c & 0x3F);
      }
    }
    into[end++] = '"';
    return end;
  }

  private static int ascii(char c, byte[] into, int at) {
    return switch (c) {
      case '"', '\\' -> shortEscape(c, into, at);
      case '\n' -> shortEscape('n', into, at);
      case '\r' -> shortEscape('r', into, at);
      case '\t' -> shortEscape('t', into, at);
      case '\b' -> shortEscape('b', into, at);
      case '\f' -> shortEscape('f', into, at);
      default -> {
        if (c < 0x20) {
          yield unicodeEscape(c, into, at);
        }
        into[at] = (byte) c;
        yield at + 1;
      }
    };
  }

  private static int shortEscape(int letter, byte[] into, int at) {
    into[at] = '\\';
    into[at + 1] = (byte) letter;
    return at + 2;
  }

  private static int unicodeEscape(char c, byte[] into, int at) {
    into[at] = '\\';
    into[at + 1] = 'u';
    into[at + 2] = HEX[c >> 12 & 0xF];
    into[at + 3] = HEX[c >> 8 & 0xF];
    into[at + 4] = HEX[c >> 4 & 0xF];
    into[at + 5] = HEX[c & 0xF];
    return at + 6;
  }
}
