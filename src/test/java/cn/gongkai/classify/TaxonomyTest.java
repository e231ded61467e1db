package cn.gongkai.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which category a word an export declares means: a category's own name or one of its synonyms. */
class TaxonomyTest {

  private static final List<TaxonomyCategory> CATEGORIES = List.of(
      new TaxonomyCategory("政策文件", List.of("规范性文件", "政策法规")),
      new TaxonomyCategory("政策解读", List.of("解读", "政策问答(FAQ)")),
      new TaxonomyCategory("工作动态", List.of("工作信息", "ＰＲ稿")),
      new TaxonomyCategory("其他", List.of("其它")));

  private final Taxonomy taxonomy = new Taxonomy("区县部门通用", CATEGORIES, List.of(), "其他");

  @ParameterizedTest(name = "''{0}'' → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      政策文件              | 政策文件
      规范性文件            | 政策文件
      政策法规              | 政策文件
      解读                  | 政策解读
      工作信息              | 工作动态
      其它                  | 其他
      其他                  | 其他
      """)
  void mapsACategorysNameAndEachOfItsSynonymsOntoIt(String declared, String category) {
    assertThat(taxonomy.categoryOf(declared)).contains(category);
  }

  @ParameterizedTest(name = "''{0}'' → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      " 政策文件 "           | 政策文件
      政策 文件              | 政策文件
      "政策\u3000解读"       | 政策解读
      "规范性\t文件"         | 政策文件
      政策问答（ＦＡＱ）     | 政策解读
      政策问答 ( FAQ )       | 政策解读
      PR稿                  | 工作动态
      ＰＲ 稿               | 工作动态
      """)
  void comparesAfterNfkcAndWithoutSpaces(String declared, String category) {
    assertThat(taxonomy.categoryOf(declared)).contains(category);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"政策", "文件", "解读回应", "杂项", "", "   ", "\u3000"})
  @NullSource
  void mapsAWordItDoesNotKnowOntoNothing(String declared) {
    assertThat(taxonomy.categoryOf(declared)).isEmpty();
  }

  @Test
  void countsOnlyTheNamesAsCategories() {
    assertThat(taxonomy.isCategory("政策文件")).isTrue();
    assertThat(taxonomy.isCategory("规范性文件")).isFalse();
    assertThat(taxonomy.isCategory(null)).isFalse();
    assertThat(taxonomy.categoryNames()).containsExactly("政策文件", "政策解读", "工作动态", "其他");
  }

  @Test
  void triesRulesByDescendingPriorityAndInTheirOrderAmongEquals() {
    List<CategoryRule> rules = List.of(rule("low", 1), rule("first-of-ten", 10), rule("high", 50),
        rule("second-of-ten", 10));

    Taxonomy prioritized = new Taxonomy("t", CATEGORIES, rules, "其他");

    assertThat(prioritized.rules()).extracting(CategoryRule::id)
        .containsExactly("high", "first-of-ten", "second-of-ten", "low");
  }

  @Test
  void refusesAWordThatNamesTwoCategories() {
    List<TaxonomyCategory> ambiguous = List.of(new TaxonomyCategory("政策文件", List.of("文件")),
        new TaxonomyCategory("其他", List.of("文 件")));

    assertThatIllegalArgumentException().isThrownBy(() -> new Taxonomy("t", ambiguous, List.of(), "其他"))
        .withMessage("'文 件' names both 政策文件 and 其他");
  }

  @Test
  void refusesARuleForACategoryItDoesNotHave() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Taxonomy("t", CATEGORIES, List.of(rule("news", 0, "新闻")), "其他"))
        .withMessage("rule news names an unknown category 新闻");
  }

  @Test
  void refusesADefaultCategoryThatIsNotACategory() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Taxonomy("t", CATEGORIES, List.of(), "杂项"))
        .withMessage("the default category 杂项 is not a category");
  }

  @Test
  void refusesADefaultCategoryThatIsOnlyASynonym() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Taxonomy("t", CATEGORIES, List.of(), "其它"));
  }

  private static CategoryRule rule(String id, int priority) {
    return rule(id, priority, "政策文件");
  }

  private static CategoryRule rule(String id, int priority, String category) {
    return new CategoryRule(id, category, priority, new TextCondition(List.of("通知"), null), TextCondition.NONE,
        TextCondition.NONE, TextCondition.NONE);
  }
}
