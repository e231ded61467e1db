package cn.gongkai.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal information in free text and masks it (去标识化) before anything is indexed or
 * reported: resident identity numbers (18 characters with a valid GB 11643 check character; 15-digit
 * legacy ones with a valid birth date), mobile numbers (11 digits from 13 to 19, optionally written
 * 3-4-4 with spaces or hyphens, optionally after +86) and bank card numbers (16 to 19 digits passing
 * the Luhn check, optionally in groups of four). A run of digits longer than a number it could be is
 * left alone: it is some other identifier (an index number, an amount).
 *
 * <p>Numbers are found in the text as {@link NumberText} folds it: in any width of digit (１３８ is
 * 138) and with any of the spaces and dashes people type between the groups (138　1234　5678,
 * 139－0123－4567). What is masked is written with ASCII digits ({@code 138****5678}) whatever width
 * it was typed in, so {@link #maskedTokens} finds it.
 */
public final class PersonalData {

  /** What was found. */
  public enum Kind {
    RESIDENT_ID("身份证号"),
    MOBILE("手机号"),
    BANK_CARD("银行卡号");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Text with what was found masked, and how many of each kind. */
  public record Masked(String text, Map<Kind, Integer> found) {
    public Masked {
      found = Map.copyOf(found);
    }

    public int total() {
      int total = 0;
      for (int count : found.values()) {
        total += count;
      }
      return total;
    }
  }

  /** Between groups, in the folded text: one space or one dash, or a dash with a space either side. */
  private static final String SEPARATOR = "(?: ?- ?| )";
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECKS = "10X98765432";
  /**
   * A candidate, not inside a longer run of letters or digits: a plain run of 11 to 19 digits (an
   * identity number may end in X), a mobile number written 3-4-4 or after +86, or a card number in
   * groups of four. A date next to a number is never read as one with it: separators only count in
   * those groupings.
   */
  private static final Pattern CANDIDATE = Pattern.compile(
      "(?<![0-9A-Za-z])(?:"
          + "(?<plain>\\d{11,19}[Xx]?)"
          + "|\\+?86[ -]?(?<prefixed>1[3-9]\\d{9})"
          + "|(?<mobile>1[3-9]\\d" + SEPARATOR + "\\d{4}" + SEPARATOR + "\\d{4})"
          + "|(?<card>\\d{4}(?:" + SEPARATOR + "\\d{4}){3}(?:" + SEPARATOR + "\\d{1,3})?)"
          + ")(?![0-9A-Za-z])");

  /** The fewest digits a candidate has: the 11 of a mobile number. */
  private static final int MIN_DIGITS = 11;

  private PersonalData() {}

  /** {@code text} with every identity, mobile and bank card number masked; null stays null. */
  public static Masked mask(String text) {
    return mayHoldOne(text) ? scan(text) : new Masked(text, Map.of());
  }

  /** {@link #mask} of a text with at least one char, without first counting its digits. */
  static Masked scan(String text) {
    Map<Kind, Integer> found = new EnumMap<>(Kind.class);
    Matcher candidate = CANDIDATE.matcher(NumberText.fold(text)); // same length: its places are the text's
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (candidate.find()) {
      String masked = maskToken(candidate, found);
      if (masked != null) {
        out.append(text, last, candidate.start()).append(masked);
        last = candidate.end();
      }
    }
    if (last == 0) {
      return new Masked(text, Map.of());
    }
    return new Masked(out.append(text, last, text.length()).toString(), found);
  }

  /**
   * Whether {@code text} has enough digits, of any width, for {@link #mask} to find a number in it:
   * every kind is at least 11 digits (a mobile number, also after +86 or grouped 3-4-4). False for
   * null or empty text; most titles and summaries have fewer, and then mask has nothing to do.
   */
  public static boolean mayHoldOne(String text) {
    if (text == null || text.length() < MIN_DIGITS) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (NumberText.isDigit(text.charAt(i)) && ++digits == MIN_DIGITS) {
        return true;
      }
    }
    return false;
  }

  private static String maskToken(Matcher candidate, Map<Kind, Integer> found) {
    if (candidate.group("prefixed") != null) {
      return count(found, Kind.MOBILE, keep(candidate.group("prefixed"), 3, 4));
    }
    if (candidate.group("mobile") != null) {
      return count(found, Kind.MOBILE, keep(digitsOf(candidate.group("mobile")), 3, 4));
    }
    String digits = candidate.group("plain") != null ? candidate.group("plain") : digitsOf(candidate.group("card"));
    if (isResidentId(digits)) {
      return count(found, Kind.RESIDENT_ID, keep(digits, 3, 2));
    }
    if (!digits.chars().allMatch(PersonalData::isAsciiDigit)) {
      return null;
    }
    if (isMobile(digits)) {
      return count(found, Kind.MOBILE, keep(digits, 3, 4));
    }
    if (digits.length() == 13 && digits.startsWith("86") && isMobile(digits.substring(2))) {
      return count(found, Kind.MOBILE, keep(digits.substring(2), 3, 4));
    }
    if (digits.length() >= 16 && luhn(digits)) {
      return count(found, Kind.BANK_CARD, keep(digits, 0, 4));
    }
    return null;
  }

  private static String digitsOf(String grouped) {
    return grouped.replaceAll("[ -]", "");
  }

  static boolean isResidentId(String value) {
    if (value.length() == 18 && value.substring(0, 17).chars().allMatch(PersonalData::isAsciiDigit)) {
      int sum = 0;
      for (int i = 0; i < 17; i++) {
        sum += (value.charAt(i) - '0') * ID_WEIGHTS[i];
      }
      return Character.toUpperCase(value.charAt(17)) == ID_CHECKS.charAt(sum % 11)
          && validDate(value.substring(6, 14));
    }
    return value.length() == 15 && value.chars().allMatch(PersonalData::isAsciiDigit) && validDate("19" + value.substring(6, 12));
  }

  static boolean isMobile(String digits) {
    return digits.length() == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '3'
        && digits.chars().allMatch(PersonalData::isAsciiDigit);
  }

  /** Only ASCII: the checks below compute with {@code c - '0'}, and the text they see is folded. */
  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit *= 2;
        digit = digit > 9 ? digit - 9 : digit;
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  private static boolean validDate(String yyyymmdd) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
          Integer.parseInt(yyyymmdd.substring(6, 8)));
      return date.getYear() >= 1900 && !date.isAfter(LocalDate.now());
    } catch (DateTimeException | NumberFormatException e) {
      return false;
    }
  }

  /** The first {@code head} and last {@code tail} characters, asterisks between. */
  private static String keep(String value, int head, int tail) {
    return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
  }

  private static String count(Map<Kind, Integer> found, Kind kind, String masked) {
    found.merge(kind, 1, Integer::sum);
    return masked;
  }

  /** Every masked token in {@code text} (digits, at least four asterisks, digits): what {@link #mask} leaves. */
  public static List<String> maskedTokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text != null) {
      Matcher masked = MASKED.matcher(text);
      while (masked.find()) {
        tokens.add(masked.group());
      }
    }
    return tokens;
  }

  /** How many masked tokens {@code text} holds; 0 at once for text without four asterisks in a row. */
  public static int maskedCount(String text) {
    if (text == null || text.indexOf("****") < 0) {
      return 0;
    }
    int count = 0;
    for (Matcher masked = MASKED.matcher(text); masked.find(); ) {
      count++;
    }
    return count;
  }

  private static final Pattern MASKED = Pattern.compile("\\d{0,3}\\*{4,}[\\dXx]{2,4}");
}
