package cn.gongkai.sample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The bureau's leaders whom news items name, with their posts: the same few people for a five-year
 * term, as a bureau has one 局长, not a new one in every item. Their names follow from the
 * organization and the term alone (String.hashCode is specified), not from the seed.
 */
final class Leadership {

  private static final List<String> POSTS = List.of("党组书记、局长", "党组成员、副局长", "党组成员、副局长",
      "副局长", "二级调研员", "四级调研员");
  private static final int TERM_YEARS = 5;
  private static final int FIRST_TERM = 2016;

  private final String organization;
  /** The leaders of each term, post and name; only looked up, never iterated. */
  private final Map<Integer, List<String>> rosters = new HashMap<>();

  Leadership(String organization) {
    this.organization = organization;
  }

  /** One of the leaders in office in {@code year}, post and name: 党组书记、局长张伟. */
  String anyLeader(int year, Random random) {
    List<String> roster = rosters.computeIfAbsent(Math.floorDiv(year - FIRST_TERM, TERM_YEARS),
        this::roster);
    return roster.get(random.nextInt(roster.size()));
  }

  private List<String> roster(int term) {
    Random names = new Random(31L * organization.hashCode() + term);
    return POSTS.stream().map(post -> post + PersonNames.next(names)).toList();
  }
}
