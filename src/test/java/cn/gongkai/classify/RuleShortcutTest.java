package cn.gongkai.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A publication's text normalized once for all rules, and declared categories keyed without a
 * regular expression, decide as before: each condition normalizing by {@link Normalizer} itself,
 * kept here as the expected side.
 */
class RuleShortcutTest {

  private static final String FILLER = "关于印发的通知年度工作（试行）(试行)《》第１２号2019年示例市民政局　 \u00A0ＡＢＣabc１２３，。";

  @Test
  void everyShippedTaxonomyPicksTheSameRuleAsBefore() throws IOException {
    for (Taxonomy taxonomy : shipped()) {
      for (PublicationText text : texts(taxonomy)) {
        assertThat(taxonomy.firstMatchingRule(text)).as(text.toString()).isEqualTo(oldFirstMatchingRule(taxonomy, text));
      }
    }
  }

  @Test
  void everyShippedTaxonomyKnowsTheSameDeclaredCategoriesAsBefore() throws IOException {
    for (Taxonomy taxonomy : shipped()) {
      List<String> words = new ArrayList<>();
      taxonomy.categories().forEach(category -> {
        words.add(category.name());
        words.addAll(category.synonyms());
      });
      Random random = new Random(5);
      for (String word : List.copyOf(words)) {
        words.add(" " + word + "\t");
        words.add(word.replace("", " ").strip());
        words.add(word + "\u3000");
        words.add(word + "\u00A0");
        words.add(word.substring(0, word.length() - 1) + FILLER.charAt(random.nextInt(FILLER.length())));
      }
      for (String word : words) {
        assertThat(Taxonomy.key(word)).as(word).isEqualTo(
            Normalizer.normalize(word, Normalizer.Form.NFKC).replaceAll("\\s+", ""));
      }
    }
  }

  private static List<Taxonomy> shipped() throws IOException {
    List<Taxonomy> taxonomies = new ArrayList<>(List.of(TaxonomyFile.load(Path.of("config/taxonomy.yml"))));
    try (Stream<Path> files = Files.list(Path.of("config/taxonomies"))) {
      files.filter(file -> file.toString().endsWith(".yml")).sorted().forEach(file -> taxonomies.add(TaxonomyFile.load(file)));
    }
    return taxonomies;
  }

  /** Titles made of the rules' own keywords, excluded words and fillers, half of them full-width where they can be. */
  private static List<PublicationText> texts(Taxonomy taxonomy) {
    List<String> words = new ArrayList<>();
    for (CategoryRule rule : taxonomy.rules()) {
      words.addAll(rule.title().keywords());
      words.addAll(rule.titleExcludes().keywords());
      words.addAll(rule.docNo().keywords());
    }
    List<String> docTypes = List.of("规章", "行政规范性文件", "其他");
    Random random = new Random(13);
    List<PublicationText> texts = new ArrayList<>();
    for (int n = 0; n < 30_000; n++) {
      StringBuilder title = new StringBuilder();
      int parts = 1 + random.nextInt(4);
      for (int i = 0; i < parts; i++) {
        if (random.nextBoolean() && !words.isEmpty()) {
          String word = words.get(random.nextInt(words.size()));
          title.append(random.nextInt(3) == 0 ? fullWidth(word) : word);
        }
        for (int j = random.nextInt(4); j > 0; j--) {
          title.append(FILLER.charAt(random.nextInt(FILLER.length())));
        }
      }
      if (title.isEmpty()) {
        title.append("通知");
      }
      String docNo = random.nextInt(3) == 0 ? "民发〔2019〕" + random.nextInt(30) + "号" : null;
      String docType = random.nextInt(4) == 0 ? docTypes.get(random.nextInt(docTypes.size())) : null;
      texts.add(new PublicationText(title.toString(), docNo, docType, null));
    }
    return texts;
  }

  private static String fullWidth(String word) {
    StringBuilder wide = new StringBuilder();
    word.chars().forEach(c -> wide.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
    return wide.toString();
  }

  private static Optional<CategoryRule> oldFirstMatchingRule(Taxonomy taxonomy, PublicationText text) {
    return taxonomy.rules().stream().filter(rule -> oldMatches(rule, text)).findFirst();
  }

  private static boolean oldMatches(CategoryRule rule, PublicationText text) {
    return holds(rule.title(), text.title()) && holds(rule.docNo(), text.docNo())
        && holds(rule.docType(), text.docType()) && !oldMatches(rule.titleExcludes(), text.title());
  }

  private static boolean holds(TextCondition condition, String value) {
    return !condition.isSet() || oldMatches(condition, value);
  }

  private static boolean oldMatches(TextCondition condition, String text) {
    if (text == null) {
      return false;
    }
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
    for (String keyword : condition.keywords()) {
      if (normal.contains(keyword)) {
        return true;
      }
    }
    return condition.pattern() != null && condition.pattern().matcher(normal).find();
  }
}
