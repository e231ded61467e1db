package cn.gongkai.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The order of SPEC section 6: a declared category the taxonomy knows, else the first matching rule,
 * else the model when it is sure enough, else the default category; each with its basis.
 */
class ClassifierChainTest {

  private static final List<TaxonomyCategory> CATEGORIES = List.of(
      new TaxonomyCategory("政策文件", List.of("规范性文件")),
      new TaxonomyCategory("政策解读", List.of("解读")),
      new TaxonomyCategory("工作动态", List.of("工作信息")),
      new TaxonomyCategory("人事信息", List.of()),
      new TaxonomyCategory("社会救助", List.of()),
      new TaxonomyCategory("就业创业", List.of()),
      new TaxonomyCategory("其他", List.of()));

  private static final CategoryRule INTERPRETATION = rule("interpretation", "政策解读", 90, title("解读"));

  @Test
  void takesADeclaredCategoryBeforeAnyRule() {
    ClassifierChain chain = chain(INTERPRETATION);

    Classification classification = chain.classify(text("局长解读一季度工作进展", "工作信息"));

    assertThat(classification).isEqualTo(new Classification("工作动态", new ClassificationBasis.Declared()));
    assertThat(classification.basis().label()).isEqualTo("declared");
    assertThat(classification.confidence()).isNull();
  }

  @ParameterizedTest(name = "declared ''{0}''")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      杂项
      政策
      ""
      "  "
      """)
  void passesADeclaredWordTheTaxonomyDoesNotKnowOnToTheRules(String declared) {
    Classification classification = chain(INTERPRETATION).classify(text("《低保办法》政策解读", declared));

    assertThat(classification).isEqualTo(new Classification("政策解读", new ClassificationBasis.Rule("interpretation")));
  }

  @Test
  void labelsARuleDecisionWithTheRulesId() {
    Classification classification = chain(INTERPRETATION).classify(text("《低保办法》政策解读"));

    assertThat(classification.basis().label()).isEqualTo("rule:interpretation");
    assertThat(classification.basis().stage()).isEqualTo("rule");
    assertThat(classification.confidence()).isNull();
  }

  @Test
  void triesAHigherPriorityRuleBeforeAnEarlierOne() {
    ClassifierChain chain = chain(
        rule("formal-notice", "政策文件", 10, title("通知")),
        rule("appointment", "人事信息", 50, title("任免")));

    Classification classification = chain.classify(text("关于张三同志任免的通知"));

    assertThat(classification.basis()).isEqualTo(new ClassificationBasis.Rule("appointment"));
    assertThat(classification.category()).isEqualTo("人事信息");
  }

  @ParameterizedTest(name = "{0} first → {0}")
  @CsvSource({"assistance, employment", "employment, assistance"})
  void keepsTheFileOrderOfRulesOfEqualPriority(String first, String second) {
    List<CategoryRule> rules = List.of(ruleFor(first), ruleFor(second));
    ClassifierChain chain = ClassifierChain.withoutModel(new Taxonomy("t", CATEGORIES, rules, "其他"));

    Classification classification = chain.classify(text("困难群众就业援助实施情况"));

    assertThat(classification.basis()).isEqualTo(new ClassificationBasis.Rule(first));
  }

  @ParameterizedTest(name = "''{0}'' {1} {2} → {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      兰山区低保办法解读         | -               | 行政规范性文件 | rule:normative-interpretation
      兰山区低保办法解读         | 兰民发〔2022〕3号 | -            | default
      兰山区低保办法             | -               | 行政规范性文件 | default
      关于张三同志任免的通知     | 兰人社任（2023）5号 | -            | rule:appointment
      关于张三同志任免的通知     | 兰人社任(2023)5号 | -             | rule:appointment
      关于张三同志任免的通知     | 兰人社发（2023）5号 | -            | default
      关于张三同志任免的通知     | -               | -              | default
      关于李四同志职务调整的通知 | 兰人社任（2023）6号 | -            | default
      """)
  void requiresEveryConditionOfARule(String title, String docNo, String docType, String basis) {
    ClassifierChain chain = chain(
        rule("normative-interpretation", "政策解读", 90, title("解读"), TextCondition.NONE, keywords("行政规范性文件")),
        rule("appointment", "人事信息", 80, title("任免"), new TextCondition(List.of(), Pattern.compile("任\\(\\d{4}\\)")),
            TextCondition.NONE));

    Classification classification = chain.classify(new PublicationText(title, docNo, docType, null));

    assertThat(classification.basis().label()).isEqualTo(basis);
  }

  @ParameterizedTest(name = "''{0}'' → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      公开招聘社区工作人员公告 | rule:recruitment
      2024年春季大型招聘会     | default
      春季招聘会暨公开招聘公告 | default
      """)
  void letsAnExcludedWordInTheTitleVetoTheRule(String title, String basis) {
    ClassifierChain chain = chain(new CategoryRule("recruitment", "人事信息", 0, title("招聘"), TextCondition.NONE,
        TextCondition.NONE, keywords("招聘会")));

    assertThat(chain.classify(text(title)).basis().label()).isEqualTo(basis);
  }

  @Test
  void letsTheModelDecideWhenItsConfidenceReachesTheThreshold() {
    NaiveBayesModel model = model();
    String title = "城乡低保对象名单公示";
    Prediction prediction = model.predict(title).orElseThrow();
    ClassifierChain chain = new ClassifierChain(taxonomy(), model, prediction.confidence());

    Classification classification = chain.classify(text(title));

    assertThat(prediction.category()).isEqualTo("社会救助");
    assertThat(classification.category()).isEqualTo("社会救助");
    assertThat(classification.basis()).isEqualTo(new ClassificationBasis.Model(prediction.confidence()));
    assertThat(classification.basis().label()).isEqualTo("model");
    assertThat(classification.confidence()).isEqualTo(prediction.confidence());
  }

  @Test
  void givesTheDefaultCategoryWhenTheModelIsLessSureThanTheThreshold() {
    NaiveBayesModel model = model();
    String title = "城乡低保对象名单公示";
    double confidence = model.predict(title).orElseThrow().confidence();
    ClassifierChain chain = new ClassifierChain(taxonomy(), model, Math.nextUp(confidence));

    Classification classification = chain.classify(text(title));

    assertThat(classification).isEqualTo(new Classification("其他", new ClassificationBasis.Default()));
    assertThat(classification.basis().label()).isEqualTo("default");
    assertThat(classification.confidence()).isNull();
  }

  @Test
  void placesByTheModelAloneWhatTheTaxonomyFoundNoDeclaredCategoryOrRuleFor() {
    NaiveBayesModel model = model();
    String title = "城乡低保对象名单公示";
    Prediction prediction = model.predict(title).orElseThrow();
    ClassifierChain chain = new ClassifierChain(taxonomy(rule("lists", "政策文件", 10, title("名单"))), model,
        prediction.confidence());

    // the run before placed it under this taxonomy: no rule matched then, so none is tried again
    assertThat(chain.classify(text(title)).basis().label()).isEqualTo("rule:lists");
    assertThat(chain.placeByModel(text(title)))
        .isEqualTo(new Classification("社会救助", new ClassificationBasis.Model(prediction.confidence())));
    assertThat(new ClassifierChain(taxonomy(), model, Math.nextUp(prediction.confidence())).placeByModel(text(title)))
        .isEqualTo(new Classification("其他", new ClassificationBasis.Default()));
  }

  @Test
  void givesTheDefaultCategoryWhenThereIsNoModel() {
    Classification withNull = new ClassifierChain(taxonomy(), null, 0.01).classify(text("城乡低保对象名单公示"));
    Classification without = ClassifierChain.withoutModel(taxonomy()).classify(text("城乡低保对象名单公示"));

    assertThat(withNull).isEqualTo(new Classification("其他", new ClassificationBasis.Default()));
    assertThat(without).isEqualTo(withNull);
  }

  @Test
  void givesTheTaxonomysOwnDefaultCategory() {
    Taxonomy taxonomy = new Taxonomy("t", CATEGORIES, List.of(), "工作动态");

    assertThat(ClassifierChain.withoutModel(taxonomy).classify(text("城乡低保对象名单公示")))
        .isEqualTo(new Classification("工作动态", new ClassificationBasis.Default()));
  }

  @Test
  void letsAMatchingRuleDecideBeforeAConfidentModel() {
    ClassifierChain chain = new ClassifierChain(taxonomy(rule("roster", "其他", 0, title("名单"))), model(), 0.01);

    assertThat(chain.classify(text("城乡低保对象名单公示")).basis()).isEqualTo(new ClassificationBasis.Rule("roster"));
  }

  @Test
  void letsADeclaredCategoryDecideBeforeAConfidentModel() {
    ClassifierChain chain = new ClassifierChain(taxonomy(), model(), 0.01);

    assertThat(chain.classify(text("城乡低保对象名单公示", "解读")))
        .isEqualTo(new Classification("政策解读", new ClassificationBasis.Declared()));
  }

  private static NaiveBayesModel model() {
    NaiveBayesTrainer trainer = new NaiveBayesTrainer();
    List.of("城乡低保对象名单", "特困人员救助供养名单", "临时救助对象公示", "低保边缘家庭认定公示")
        .forEach(title -> trainer.add(title, "社会救助"));
    List.of("高校毕业生就业见习岗位", "春风行动招聘会岗位信息", "创业担保贷款申领指南", "职业技能培训补贴申领")
        .forEach(title -> trainer.add(title, "就业创业"));
    return trainer.train(0.1);
  }

  private static ClassifierChain chain(CategoryRule... rules) {
    return ClassifierChain.withoutModel(taxonomy(rules));
  }

  private static Taxonomy taxonomy(CategoryRule... rules) {
    return new Taxonomy("t", CATEGORIES, new ArrayList<>(List.of(rules)), "其他");
  }

  private static CategoryRule ruleFor(String id) {
    return id.equals("assistance")
        ? rule("assistance", "社会救助", 60, title("困难群众"))
        : rule("employment", "就业创业", 60, title("就业"));
  }

  private static CategoryRule rule(String id, String category, int priority, TextCondition title) {
    return rule(id, category, priority, title, TextCondition.NONE, TextCondition.NONE);
  }

  private static CategoryRule rule(String id, String category, int priority, TextCondition title,
      TextCondition docNo, TextCondition docType) {
    return new CategoryRule(id, category, priority, title, docNo, docType, TextCondition.NONE);
  }

  private static TextCondition title(String... keywords) {
    return keywords(keywords);
  }

  private static TextCondition keywords(String... keywords) {
    return new TextCondition(List.of(keywords), null);
  }

  private static PublicationText text(String title) {
    return text(title, null);
  }

  private static PublicationText text(String title, String declared) {
    return new PublicationText(title, null, null, declared);
  }
}
