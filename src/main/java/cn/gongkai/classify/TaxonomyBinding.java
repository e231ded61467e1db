package cn.gongkai.classify;

import java.util.List;

/**
 * config/taxonomy.yml as written: every key as text, {@code null} where the file leaves it out.
 * {@link TaxonomyFile} checks it and turns it into a {@link Taxonomy}.
 */
record TaxonomyBinding(String name, String defaultCategory, List<Category> categories, List<Rule> rules) {

  record Category(String name, List<String> synonyms) {}

  /**
   * A rule as written: keyword lists match when the field contains any of them; a pattern is a Java
   * regular expression found anywhere in the field.
   */
  record Rule(String id, String category, Integer priority, List<String> title, String titlePattern,
      List<String> docNo, String docNoPattern, List<String> docType, List<String> titleExcludes) {}
}
