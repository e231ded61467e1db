package cn.gongkai.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Fills the placeholders of a {@link TitleTemplate}: date-dependent ones from the creation date
 * ({@code y}, {@code py}, {@code m}, {@code q}, {@code season}, {@code fiveYear}, {@code npc},
 * {@code cppcc}), the
 * organization's names, the department's programmes and the {@link TitleVocabulary}.
 */
final class TitleComposer {

  private static final String DIGITS = "零一二三四五六七八九";

  private final OrganizationNames names;
  private final Random random;

  TitleComposer(OrganizationNames names, Random random) {
    this.names = names;
    this.random = random;
  }

  /**
   * The title of a publication of {@code department} created on {@code created}.
   *
   * @throws IllegalArgumentException if the pattern has a placeholder this composer does not know
   */
  String compose(TitleTemplate template, Department department, LocalDate created) {
    String pattern = template.pattern();
    StringBuilder title = new StringBuilder(pattern.length() + 32);
    int from = 0;
    int open = pattern.indexOf('{');
    while (open >= 0) {
      int close = pattern.indexOf('}', open);
      title.append(pattern, from, open);
      title.append(value(pattern.substring(open + 1, close), department, created));
      from = close + 1;
      open = pattern.indexOf('{', from);
    }
    return title.append(pattern, from, pattern.length()).toString();
  }

  private String value(String key, Department department, LocalDate created) {
    int year = created.getYear();
    return switch (key) {
      case "org" -> names.organization();
      case "orgShort" -> names.shortName();
      case "city" -> names.city();
      case "docPrefix" -> names.docPrefix();
      case "y" -> Integer.toString(year);
      case "py" -> Integer.toString(year - 1);
      case "m" -> Integer.toString(created.getMonthValue());
      case "q" -> chinese((created.getMonthValue() + 2) / 3);
      case "season" -> season(created.getMonthValue());
      case "batch" -> chinese(1 + random.nextInt(5));
      case "n" -> Integer.toString(1 + random.nextInt(30));
      case "nnn" -> Integer.toString(1 + random.nextInt(300));
      case "fiveYear" -> "“" + chinese(10 + Math.floorDiv(year - 2001, 5)) + "五”";
      case "npc" -> "市" + congressTerm(year) + "届人大" + congressSession(year) + "次会议";
      case "cppcc" -> "市政协" + congressTerm(year) + "届" + congressSession(year) + "次会议";
      case "programme" -> pick(department.programmes());
      default -> pick(TitleVocabulary.words(key).orElseThrow(
          () -> new IllegalArgumentException("unknown title placeholder {" + key + "}")));
    };
  }

  private String pick(List<String> words) {
    return words.get(random.nextInt(words.size()));
  }

  /** The holiday or season a notice issued in {@code month} prepares for. */
  private static String season(int month) {
    return month <= 2 ? "春节期间" : month <= 4 ? "清明节期间" : month <= 8 ? "汛期"
        : month == 9 ? "国庆中秋期间" : "冬春季";
  }

  /** Local congresses sit five years a term; 2017 opened a fifteenth term, one session a year. */
  private static String congressTerm(int year) {
    return chinese(15 + Math.floorDiv(year - 2017, 5));
  }

  private static String congressSession(int year) {
    return chinese(1 + Math.floorMod(year - 2017, 5));
  }

  /** Chinese numerals for 1..99, as in 第十三 or 十四五. */
  static String chinese(int number) {
    if (number < 1 || number > 99) {
      throw new IllegalArgumentException("only 1..99 are written in words here: " + number);
    }
    String tens = number < 10 ? "" : number < 20 ? "十" : DIGITS.charAt(number / 10) + "十";
    String units = number % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(number % 10));
    return tens + units;
  }
}
