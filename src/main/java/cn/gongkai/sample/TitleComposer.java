package cn.gongkai.sample;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills the placeholders of a {@link TitleTemplate}: date-dependent ones from the creation date
 * ({@code y}, {@code py}, {@code m}, {@code d}, {@code q}, {@code season}, {@code fiveYear},
 * {@code npc}, {@code cppcc}), the organization's names, the department's programmes, the city's
 * places ({@link Gazetteer}), people's names, numbers and amounts, and the {@link TitleVocabulary}.
 * Each placeholder is drawn anew where it occurs, so a pattern naming {@code {person}} twice names
 * two people.
 */
final class TitleComposer {

  private static final String DIGITS = "零一二三四五六七八九";

  private final OrganizationNames names;
  private final Leadership leadership;
  private final Random random;
  /** The last penalty decision number of each year: they run in sequence, as 文号 do. */
  private final Map<Integer, Integer> penalties = new HashMap<>();

  TitleComposer(OrganizationNames names, Random random) {
    this.names = names;
    this.leadership = new Leadership(names.organization());
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
    return switch (key) {
      case "org" -> names.organization();
      case "orgShort" -> names.shortName();
      case "city" -> names.city();
      case "docPrefix" -> names.docPrefix();
      case "programme" -> pick(department.programmes());
      case "leader" -> leadership.anyLeader(created.getYear(), random);
      case "person" -> PersonNames.next(random);
      case "y", "py", "m", "d", "q", "season", "fiveYear", "npc", "cppcc", "penaltyNo" ->
          dated(key, created);
      case "district", "street", "streetOffice", "community", "place", "unit", "socialOrg" ->
          local(key);
      case "batch" -> chinese(1 + random.nextInt(8));
      case "nnn" -> Integer.toString(1 + random.nextInt(400));
      case "k" -> Integer.toString(2 + random.nextInt(29));
      case "issue" -> Integer.toString(1 + random.nextInt(60));
      case "amount" -> amount();
      default -> vocabulary(key);
    };
  }

  private String dated(String key, LocalDate created) {
    int year = created.getYear();
    return switch (key) {
      case "y" -> Integer.toString(year);
      case "py" -> Integer.toString(year - 1);
      case "m" -> Integer.toString(created.getMonthValue());
      case "d" -> Integer.toString(created.getDayOfMonth());
      case "q" -> chinese((created.getMonthValue() + 2) / 3);
      case "season" -> season(created.getMonthValue());
      case "fiveYear" -> "“" + chinese(10 + Math.floorDiv(year - 2001, 5)) + "五”";
      case "npc" -> "市" + congressTerm(year) + "届人大" + congressSession(year) + "次会议";
      case "cppcc" -> "市政协" + congressTerm(year) + "届" + congressSession(year) + "次会议";
      case "penaltyNo" -> Integer.toString(penalties.merge(year, 1 + random.nextInt(2), Integer::sum));
      default -> throw new IllegalArgumentException("not a date placeholder: " + key);
    };
  }

  /** Places of the city, and the institutions and associations registered in them. */
  private String local(String key) {
    Gazetteer city = Gazetteer.CITY;
    return switch (key) {
      case "district" -> city.district(random);
      case "street" -> city.street(random);
      case "streetOffice" -> city.streetOffice(random);
      case "community" -> city.community(random);
      case "place" -> city.place(random);
      case "unit" -> random.nextBoolean() ? vocabulary("cityUnit")
          : city.district(random) + vocabulary("districtUnit");
      case "socialOrg" -> random.nextInt(3) > 0 ? city.district(random) + vocabulary("socialOrgKind")
          : city.district(random) + city.stem(random) + vocabulary("privateUnitKind");
      default -> throw new IllegalArgumentException("not a place placeholder: " + key);
    };
  }

  private String vocabulary(String key) {
    return pick(TitleVocabulary.words(key).orElseThrow(
        () -> new IllegalArgumentException("unknown title placeholder {" + key + "}")));
  }

  /** An amount in 万元 with two decimals, as allocations are announced: 356.07. */
  private String amount() {
    int cents = random.nextInt(100);
    return (1 + random.nextInt(1999)) + (cents < 10 ? ".0" : ".") + cents;
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
