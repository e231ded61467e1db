package cn.gongkai.classify;

import cn.gongkai.publication.Nfkc;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An organization's categories and classification rules (config/taxonomy.yml), validated: names and
 * synonyms unique, every rule's category known, the default category among the categories.
 */
public final class Taxonomy {

  private final String name;
  private final List<TaxonomyCategory> categories;
  private final List<CategoryRule> rules;
  private final String defaultCategory;
  private final Map<String, String> categoryByName;

  /**
   * @param rules in file order; they are tried by descending priority, file order among equals
   * @throws IllegalArgumentException when the pieces do not fit together (use {@link TaxonomyFile}
   *     to read a file with every problem explained)
   */
  public Taxonomy(String name, List<TaxonomyCategory> categories, List<CategoryRule> rules, String defaultCategory) {
    this.name = name;
    this.categories = List.copyOf(categories);
    this.rules = rules.stream().sorted(Comparator.comparingInt(CategoryRule::priority).reversed()).toList();
    this.defaultCategory = defaultCategory;
    this.categoryByName = index(this.categories);
    if (!isCategory(defaultCategory)) {
      throw new IllegalArgumentException("the default category " + defaultCategory + " is not a category");
    }
    for (CategoryRule rule : rules) {
      if (!isCategory(rule.category())) {
        throw new IllegalArgumentException("rule " + rule.id() + " names an unknown category " + rule.category());
      }
    }
  }

  public String name() {
    return name;
  }

  /** The categories, in the order the reports list them. */
  public List<TaxonomyCategory> categories() {
    return categories;
  }

  public List<String> categoryNames() {
    return categories.stream().map(TaxonomyCategory::name).toList();
  }

  /** The rules in the order they are tried. */
  public List<CategoryRule> rules() {
    return rules;
  }

  /** Where a publication goes when nothing else places it (其他). */
  public String defaultCategory() {
    return defaultCategory;
  }

  public boolean isCategory(String category) {
    return category != null && categories.stream().anyMatch(c -> c.name().equals(category));
  }

  /**
   * The category a declared category means: a category's name or one of its synonyms, compared
   * after NFKC and without spaces. Empty for null or a word the taxonomy does not know.
   */
  public Optional<String> categoryOf(String declared) {
    return declared == null ? Optional.empty() : Optional.ofNullable(categoryByName.get(key(declared)));
  }

  /** The first rule, in priority order, that {@code text} matches. */
  public Optional<CategoryRule> firstMatchingRule(PublicationText text) {
    NormalText normal = NormalText.of(text); // once, not in each of the rules' conditions
    for (CategoryRule rule : rules) {
      if (rule.matches(normal)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** The form names and synonyms are compared in: NFKC, without Java's {@code \s} (ASCII spaces and controls). */
  static String key(String word) {
    String normal = Nfkc.normalize(word);
    int length = normal.length();
    int i = 0;
    while (i < length && !isRegexSpace(normal.charAt(i))) {
      i++;
    }
    if (i == length) {
      return normal;
    }
    StringBuilder key = new StringBuilder(length).append(normal, 0, i);
    for (i++; i < length; i++) {
      char c = normal.charAt(i);
      if (!isRegexSpace(c)) {
        key.append(c);
      }
    }
    return key.toString();
  }

  /** What {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static Map<String, String> index(List<TaxonomyCategory> categories) {
    Map<String, String> byName = new HashMap<>();
    for (TaxonomyCategory category : categories) {
      claim(byName, category.name(), category.name());
      category.synonyms().forEach(synonym -> claim(byName, synonym, category.name()));
    }
    return byName;
  }

  private static void claim(Map<String, String> byName, String word, String category) {
    String previous = byName.putIfAbsent(key(word), category);
    if (previous != null && !previous.equals(category)) {
      throw new IllegalArgumentException("'" + word + "' names both " + previous + " and " + category);
    }
  }
}
