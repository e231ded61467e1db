package cn.gongkai.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The taxonomy is read and checked whole at start-up: the shipped ones load, and every problem of an
 * edited one is reported at once, each naming the file and how to fix it.
 */
class TaxonomyFileTest {

  private static final String CATEGORIES = """
      categories:
        - name: 政策文件
          synonyms: [规范性文件, 文件]
        - name: 政策解读
          synonyms: [解读]
        - name: 其他
      """;
  private static final String RULE_KEYS =
      "id, category, priority, title, titlePattern, docNo, docNoPattern, docType, titleExcludes";

  @TempDir
  Path config;

  static Stream<Path> shippedTaxonomies() throws IOException {
    try (Stream<Path> alternatives = Files.list(Path.of("config/taxonomies"))) {
      List<Path> files = alternatives.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
      assertThat(files).as("alternative taxonomies under config/taxonomies").isNotEmpty();
      return Stream.concat(Stream.of(Path.of("config/taxonomy.yml")), files.stream());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedTaxonomies")
  void loadsEveryShippedTaxonomy(Path file) {
    Taxonomy taxonomy = TaxonomyFile.load(file);

    assertThat(taxonomy.name()).isNotBlank();
    assertThat(taxonomy.categoryNames()).contains(taxonomy.defaultCategory());
    assertThat(taxonomy.rules()).isNotEmpty()
        .allSatisfy(rule -> assertThat(taxonomy.isCategory(rule.category())).as(rule.id()).isTrue());
  }

  @Test
  void shipsTheCategoriesOfTheBasicDirectoryByDefault() {
    Taxonomy taxonomy = TaxonomyFile.load(Path.of("config/taxonomy.yml"));

    assertThat(taxonomy.categoryNames()).containsExactly("政策文件", "政策解读", "工作动态", "人事信息", "财政预决算",
        "规划计划与总结", "建议提案办理", "行政执法公示", "社会救助", "就业创业", "社会保障", "其他");
    assertThat(taxonomy.defaultCategory()).isEqualTo("其他");
    assertThat(taxonomy.categoryOf("工作信息")).contains("工作动态");
  }

  @Test
  void shipsTheCountyBureausOwnCategoriesAsAnAlternative() {
    Taxonomy taxonomy = TaxonomyFile.load(Path.of("config/taxonomies/county-hrss-2017.yml"));

    assertThat(taxonomy.categoryNames()).containsExactly("社会职能类", "社会公益类", "社会保障类", "工作动态类", "其他");
    assertThat(taxonomy.categoryOf("就业创业")).contains("社会公益类");
  }

  @Test
  void acceptsASingleWordWhereAListOfWordsBelongs() throws IOException {
    write(CATEGORIES + """
        rules:
          - id: interpretation
            category: 政策解读
            title: 解读
        """);

    Taxonomy taxonomy = TaxonomyFile.load(file());

    assertThat(taxonomy.rules()).singleElement().satisfies(rule -> {
      assertThat(rule.title().keywords()).containsExactly("解读");
      assertThat(rule.matches(new PublicationText("《低保办法》政策解读", null, null, null))).isTrue();
    });
  }

  @Test
  void readsPriorityAndEveryConditionOfARule() throws IOException {
    write(CATEGORIES + """
        rules:
          - id: normative
            category: 政策文件
            priority: 7
            title: [办法, 细则]
            titlePattern: '\\(试行\\)$'
            docNo: [规]
            docNoPattern: '〔\\d{4}〕'
            docType: [行政规范性文件]
            titleExcludes: [征求意见]
        """);

    CategoryRule rule = TaxonomyFile.load(file()).rules().get(0);

    assertThat(rule.priority()).isEqualTo(7);
    assertThat(rule.title().keywords()).containsExactly("办法", "细则");
    assertThat(rule.title().pattern().pattern()).isEqualTo("\\(试行\\)$");
    assertThat(rule.docNo().pattern().pattern()).isEqualTo("〔\\d{4}〕");
    assertThat(rule.docType().keywords()).containsExactly("行政规范性文件");
    assertThat(rule.titleExcludes().keywords()).containsExactly("征求意见");
  }

  @Test
  void namesARuleWhoseCategoryIsNotACategory() throws IOException {
    write(CATEGORIES + """
        rules:
          - id: interpretation
            category: 政策解毒
            title: [解读]
        """);

    assertThat(problems()).containsExactly(problem("rule interpretation: category '政策解毒' is not a category of the "
        + "taxonomy (one of 政策文件, 政策解读, 其他)"));
  }

  @Test
  void namesTwoRulesWithOneId() throws IOException {
    write(CATEGORIES + """
        rules:
          - id: interpretation
            category: 政策解读
            title: [解读]
          - id: interpretation
            category: 政策解读
            title: [答记者问]
        """);

    assertThat(problems()).containsExactly(
        problem("rules[2]: id 'interpretation' is already the id of rules[1] (give each rule its own id)"));
  }

  @Test
  void namesARegularExpressionThatDoesNotCompile() throws IOException {
    write(CATEGORIES + """
        rules:
          - id: issuing
            category: 政策文件
            title: [印发]
            titlePattern: '关于(印发|转发'
        """);

    assertThat(problems()).singleElement().asString()
        .startsWith(problem("rule issuing: titlePattern '关于(印发|转发' is not a valid regular expression: "))
        .contains("Unclosed group")
        .endsWith("(quote it in single quotes, and escape a literal ( [ . with \\)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      关于(印发     | is not a valid regular expression
      （试行）$     | has full-width characters
      """)
  void doesNotCallAPatternThatIsRefusedNoCondition(String pattern, String problem) throws IOException {
    write(CATEGORIES + """
        rules:
          - id: issuing
            category: 政策文件
            titlePattern: '%s'
        """.formatted(pattern));

    assertThat(problems()).singleElement().asString()
        .startsWith(problem("rule issuing: titlePattern '" + pattern + "' " + problem));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      titlePattern | （试行）$
      docNoPattern | 〔２０２３〕
      """)
  void refusesAPatternWithFullWidthCharactersAndSaysHowToWriteThem(String key, String pattern) throws IOException {
    write(CATEGORIES + """
        rules:
          - id: trial
            category: 政策文件
            title: [试行]
            %s: '%s'
        """.formatted(key, pattern));

    assertThat(problems()).containsExactly(problem("rule trial: " + key + " '" + pattern + "' has full-width "
        + "characters, which titles never have: text is compared after NFKC, so write them half-width "
        + "(a literal （ as \\( , ） as \\) , ０ as 0)"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"文件", "' 文 件 '", "ｆｉｌｅ"})
  void namesAWordClaimedByTwoCategories(String word) throws IOException {
    write("""
        categories:
          - name: 政策文件
            synonyms: [文件, file]
          - name: 其他
            synonyms: [%s]
        """.formatted(word));

    assertThat(problems()).singleElement().asString()
        .startsWith(problem("category 其他: a synonym '"))
        .endsWith("' already names 政策文件 (a word may name one category only; remove it from one of them)");
  }

  @Test
  void namesADefaultCategoryThatIsNotACategory() throws IOException {
    write("defaultCategory: 杂项\n" + CATEGORIES);

    assertThat(problems()).containsExactly(problem("defaultCategory '杂项' is not one of the categories "
        + "(add a category named 杂项, or set defaultCategory: to one of 政策文件, 政策解读, 其他)"));
  }

  @Test
  void takesTheDefaultCategoryToBe其他WhenTheFileLeavesItOut() throws IOException {
    write("categories:\n  - name: 政策文件\n");

    assertThat(problems()).containsExactly(problem("defaultCategory '其他' is not one of the categories "
        + "(add a category named 其他, or set defaultCategory: to one of 政策文件)"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      priority: 5                      | only a priority
      'titleExcludes: [征求意见]'       | only excluded words
      """)
  void namesARuleWithNoCondition(String line, String description) throws IOException {
    write(CATEGORIES + """
        rules:
          - id: everything
            category: 政策文件
            %s
        """.formatted(line));

    assertThat(problems()).containsExactly(problem(
        "rule everything has no condition (give title:, titlePattern:, docNo:, docNoPattern: or docType:)"));
  }

  @Test
  void namesADocTypeThatIsNeverThe体裁OfAPublication() throws IOException {
    write(CATEGORIES + """
        rules:
          - id: normative
            category: 政策文件
            docType: [规章, 规范性文件]
        """);

    assertThat(problems()).containsExactly(problem("rule normative: docType '规范性文件' is never a 体裁 of a "
        + "publication (one of 规章, 行政规范性文件, 其他)"));
  }

  @Test
  void namesAnUnknownKeyInARuleAndTheKeysKnownThere() throws IOException {
    write(CATEGORIES + """
        rules:
          - id: interpretation
            category: 政策解读
            titel: [解读]
            title: [答记者问]
        """);

    assertThat(problems()).singleElement().asString()
        .startsWith(problem("unknown key 'titel' at line "))
        .endsWith(" (known there: " + RULE_KEYS + ")");
  }

  @Test
  void namesTheLineOfAnUnknownKeyInARule() throws IOException {
    write(CATEGORIES + """
        rules:
          - id: interpretation
            category: 政策解读
            titel: [解读]
            title: [答记者问]
        """);

    assertThat(problems()).containsExactly(
        problem("unknown key 'titel' at line 10 (known there: " + RULE_KEYS + ")"));
  }

  @Test
  void namesAnUnknownKeyAtTheTopLevel() throws IOException {
    write("defaultCatgory: 政策文件\n" + CATEGORIES);

    assertThat(problems()).containsExactly(
        problem("unknown key 'defaultCatgory' (known: name, defaultCategory, categories, rules)"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                           | no bytes at all
      '# categories come later\\n' | only a comment
      '\\n\\n'                     | only blank lines
      """)
  void namesAnEmptyFile(String yaml, String description) throws IOException {
    write(yaml.replace("\\n", "\n"));

    assertThat(problems()).containsExactly(problem("is empty (a taxonomy needs categories: and, usually, rules:)"));
  }

  @Test
  void namesAMissingFileAndHowToRestoreIt() {
    Path missing = config.resolve("taxonomy.yml");

    TaxonomyException failure = catchThrowableOfType(TaxonomyException.class, () -> TaxonomyFile.load(missing));

    assertThat(failure.problems()).singleElement().asString()
        .startsWith(missing + ": is missing")
        .contains("restore config/taxonomy.yml", "gongkai.classification.taxonomy");
  }

  @Test
  void namesAFileSavedAsGbk() throws IOException {
    Files.write(file(), (CATEGORIES + "defaultCategory: 其他\n").getBytes(Charset.forName("GBK")));

    assertThat(problems()).containsExactly(problem("is not UTF-8 text (save it as UTF-8, not GBK/ANSI)"));
  }

  @Test
  void readsAFileSavedAsUtf8WithAByteOrderMark() throws IOException {
    write("\uFEFF" + CATEGORIES);

    assertThat(TaxonomyFile.load(file()).categoryNames()).containsExactly("政策文件", "政策解读", "其他");
  }

  @Test
  void reportsEveryProblemOfTheFileTogether() throws IOException {
    write("""
        defaultCategory: 杂项
        categories:
          - name: 政策文件
          - name: 其他
            synonyms: [政策文件]
        rules:
          - id: issuing
            category: 政策文见
            title: [印发]
            titlePattern: '关于(印发'
          - id: issuing
            category: 政策文件
            docType: [规范性文件]
          - id: empty
            category: 其他
            prority: 3
        """);

    TaxonomyException failure = failure();

    assertThat(failure.problems()).allSatisfy(problem -> assertThat(problem).startsWith(file() + ": "))
        .satisfiesExactly(
            p -> assertThat(p).startsWith(problem("unknown key 'prority' at line "))
                .endsWith(" (known there: " + RULE_KEYS + ")"),
            p -> assertThat(p).endsWith("category 其他: a synonym '政策文件' already names 政策文件"
                + " (a word may name one category only; remove it from one of them)"),
            p -> assertThat(p).contains("defaultCategory '杂项' is not one of the categories (add a category"),
            p -> assertThat(p).contains("rule issuing: category '政策文见' is not a category of the taxonomy (one of"),
            p -> assertThat(p).contains("rule issuing: titlePattern '关于(印发' is not a valid regular expression"),
            p -> assertThat(p).endsWith("rules[2]: id 'issuing' is already the id of rules[1] (give each rule its"
                + " own id)"),
            p -> assertThat(p).contains("rule issuing: docType '规范性文件' is never a 体裁 of a publication (one of"),
            p -> assertThat(p).contains("rule empty has no condition (give title:"));
    assertThat(failure).hasMessage("8 problems in the taxonomy; fix them all and run again:\n- "
        + String.join("\n- ", failure.problems()));
  }

  @Test
  void aSingleProblemIsTheWholeMessage() throws IOException {
    write("defaultCategory: 杂项\n" + CATEGORIES);

    assertThat(failure()).hasMessage(problem("defaultCategory '杂项' is not one of the categories "
        + "(add a category named 杂项, or set defaultCategory: to one of 政策文件, 政策解读, 其他)"));
  }

  private List<String> problems() {
    return failure().problems();
  }

  private TaxonomyException failure() {
    TaxonomyException failure = catchThrowableOfType(TaxonomyException.class, () -> TaxonomyFile.load(file()));
    assertThat(failure).as("a TaxonomyException").isNotNull();
    return failure;
  }

  private String problem(String message) {
    return file() + ": " + message;
  }

  private Path file() {
    return config.resolve("taxonomy.yml");
  }

  private void write(String yaml) throws IOException {
    Files.writeString(file(), yaml);
  }
}
