package cn.gongkai.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a bound taxonomy file and builds the {@link Taxonomy}, going on past each problem so that
 * all of them are reported together.
 */
final class TaxonomyConversion {

  static final String DEFAULT_CATEGORY = "其他";
  private static final Set<String> DOC_TYPES = Set.of("规章", "行政规范性文件", "其他");

  private final Consumer<String> problems;
  private int problemCount;

  TaxonomyConversion(Consumer<String> problems) {
    this.problems = problem -> {
      problemCount++;
      problems.accept(problem);
    };
  }

  /** The taxonomy, or {@code null} when the file has problems (then reported). */
  Taxonomy convert(TaxonomyBinding binding) {
    List<TaxonomyCategory> categories = categories(binding.categories());
    Set<String> names = new LinkedHashSet<>();
    categories.forEach(category -> names.add(category.name()));
    String defaultCategory = binding.defaultCategory() == null ? DEFAULT_CATEGORY : binding.defaultCategory().strip();
    if (!categories.isEmpty() && !names.contains(defaultCategory)) {
      problems.accept("defaultCategory '" + defaultCategory + "' is not one of the categories (add a category "
          + "named " + defaultCategory + ", or set defaultCategory: to one of " + String.join(", ", names) + ")");
    }
    List<CategoryRule> rules = rules(binding.rules(), names);
    if (problemCount > 0) {
      return null;
    }
    return new Taxonomy(binding.name() == null ? "" : binding.name().strip(), categories, rules, defaultCategory);
  }

  private List<TaxonomyCategory> categories(List<TaxonomyBinding.Category> bound) {
    if (bound == null || bound.isEmpty()) {
      problems.accept("categories is empty (list the categories the annual report counts, each with a name)");
      return List.of();
    }
    List<TaxonomyCategory> categories = new ArrayList<>();
    Map<String, String> owner = new HashMap<>();
    for (int i = 0; i < bound.size(); i++) {
      TaxonomyBinding.Category category = bound.get(i);
      if (category == null || category.name() == null || category.name().isBlank()) {
        problems.accept("categories[" + (i + 1) + "] has no name (name: 政策文件)");
        continue;
      }
      String name = category.name().strip();
      List<String> synonyms = words(category.synonyms(), "category " + name + ": synonyms");
      claim(owner, name, name, "a category name");
      synonyms.forEach(synonym -> claim(owner, synonym, name, "a synonym"));
      categories.add(new TaxonomyCategory(name, synonyms));
    }
    return categories;
  }

  /** A name or synonym may mean one category only: else a declared word would be ambiguous. */
  private void claim(Map<String, String> owner, String word, String category, String what) {
    String previous = owner.putIfAbsent(Taxonomy.key(word), category);
    if (previous != null) {
      problems.accept(previous.equals(category)
          ? "category " + category + ": '" + word + "' is listed twice (keep one)"
          : "category " + category + ": " + what + " '" + word + "' already names " + previous
              + " (a word may name one category only; remove it from one of them)");
    }
  }

  private List<CategoryRule> rules(List<TaxonomyBinding.Rule> bound, Set<String> categories) {
    List<CategoryRule> rules = new ArrayList<>();
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; bound != null && i < bound.size(); i++) {
      TaxonomyBinding.Rule rule = bound.get(i);
      String where = "rules[" + (i + 1) + "]";
      if (rule == null || rule.id() == null || rule.id().isBlank()) {
        problems.accept(where + " has no id (id: a short name, unique in the file, stored as rule:<id> on each "
            + "publication it classifies)");
        continue;
      }
      String id = rule.id().strip();
      Integer first = positions.putIfAbsent(id, i + 1);
      if (first != null) {
        problems.accept(where + ": id '" + id + "' is already the id of rules[" + first + "] (give each rule its "
            + "own id)");
      }
      CategoryRule converted = rule(rule, "rule " + id, categories);
      if (converted != null) {
        rules.add(converted);
      }
    }
    return rules;
  }

  private CategoryRule rule(TaxonomyBinding.Rule rule, String where, Set<String> categories) {
    int before = problemCount;
    String category = rule.category() == null ? null : rule.category().strip();
    if (category == null || category.isEmpty()) {
      problems.accept(where + " has no category (category: one of " + String.join(", ", categories) + ")");
    } else if (!categories.isEmpty() && !categories.contains(category)) {
      problems.accept(where + ": category '" + category + "' is not a category of the taxonomy (one of "
          + String.join(", ", categories) + ")");
    }
    TextCondition title = condition(rule.title(), rule.titlePattern(), where + ": title", where + ": titlePattern");
    TextCondition docNo = condition(rule.docNo(), rule.docNoPattern(), where + ": docNo", where + ": docNoPattern");
    TextCondition docType = condition(rule.docType(), null, where + ": docType", null);
    docType.keywords().stream().filter(type -> !DOC_TYPES.contains(type)).forEach(type -> problems.accept(where
        + ": docType '" + type + "' is never a 体裁 of a publication (one of 规章, 行政规范性文件, 其他)"));
    TextCondition excludes = condition(rule.titleExcludes(), null, where + ": titleExcludes", null);
    if (isEmpty(rule.title()) && rule.titlePattern() == null && isEmpty(rule.docNo()) && rule.docNoPattern() == null
        && isEmpty(rule.docType())) {
      problems.accept(where + " has no condition (give title:, titlePattern:, docNo:, docNoPattern: or docType:)");
    }
    if (problemCount > before) {
      return null;
    }
    int priority = rule.priority() == null ? 0 : rule.priority();
    return new CategoryRule(rule.id().strip(), category, priority, title, docNo, docType, excludes);
  }

  private TextCondition condition(List<String> keywords, String pattern, String keywordsKey, String patternKey) {
    return new TextCondition(words(keywords, keywordsKey), pattern == null ? null : pattern(pattern, patternKey));
  }

  private Pattern pattern(String regex, String key) {
    if (!TextCondition.normal(regex).equals(regex)) {
      problems.accept(key + " '" + regex + "' has full-width characters, which titles never have: text is compared "
          + "after NFKC, so write them half-width (a literal （ as \\( , ） as \\) , ０ as 0)");
      return null;
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      problems.accept(key + " '" + regex + "' is not a valid regular expression: " + e.getDescription()
          + " near index " + e.getIndex() + " (quote it in single quotes, and escape a literal ( [ . with \\)");
      return null;
    }
  }

  private static boolean isEmpty(List<String> words) {
    return words == null || words.isEmpty();
  }

  private List<String> words(List<String> words, String key) {
    if (words == null) {
      return List.of();
    }
    List<String> kept = new ArrayList<>();
    for (String word : words) {
      if (word == null || word.isBlank()) {
        problems.accept(key + " has a blank entry (remove it: a blank word would match everything)");
      } else {
        kept.add(word.strip());
      }
    }
    return kept;
  }
}
