package cn.gongkai.normalize;

/**
 * The dates of {@link DateParser}'s styles without a time (2018-01-19, 2018/1/19, 2018.1.19,
 * 2018年1月19日, 20180119), read by hand: they are nearly every date of an export, and the regular
 * expressions cost more than the rest of reading a date. Reads the same numbers as the style's
 * expression would; anything else (a time, another style, stray text) is left to the expressions.
 */
final class BareDate {

  private BareDate() {}

  /**
   * {@code year * 10000 + month * 100 + day} as written (not checked to exist) when {@code folded}
   * is a bare date in one of the styles, ASCII digits only; -1 when it is anything else.
   */
  static int of(String folded) {
    int length = folded.length();
    if (length < 8 || length > 11 || !isDigits(folded, 0, 4)) {
      return -1;
    }
    if (length == 8 && isDigits(folded, 4, 8)) {
      return number(folded, 0, 8);
    }
    char separator = folded.charAt(4);
    char second;
    char last;
    if (separator == '-' || separator == '/' || separator == '.') {
      second = separator;
      last = 0;
    } else if (separator == '年') {
      second = '月';
      last = '日';
    } else {
      return -1;
    }
    int monthEnd = digitsEnd(folded, 5);
    if (monthEnd == 5 || monthEnd == length || folded.charAt(monthEnd) != second) {
      return -1;
    }
    int dayEnd = digitsEnd(folded, monthEnd + 1);
    boolean ends = last == 0 ? dayEnd == length : dayEnd == length - 1 && folded.charAt(dayEnd) == last;
    if (dayEnd == monthEnd + 1 || !ends) {
      return -1;
    }
    return number(folded, 0, 4) * 10000 + number(folded, 5, monthEnd) * 100 + number(folded, monthEnd + 1, dayEnd);
  }

  /** Where the one or two digits from {@code start} end; {@code start} when there is none. */
  private static int digitsEnd(String text, int start) {
    int end = start;
    while (end < text.length() && end < start + 2 && isDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isDigits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int number(String text, int start, int end) {
    int number = 0;
    for (int i = start; i < end; i++) {
      number = number * 10 + text.charAt(i) - '0';
    }
    return number;
  }
}
