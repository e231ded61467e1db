package cn.gongkai.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The statistical model of the chain: naive Bayes over the characters and bigrams of titles. */
class NaiveBayesModelTest {

  private static final Map<String, List<String>> TITLES = new LinkedHashMap<>();

  static {
    TITLES.put("社会救助", List.of("2023年城乡低保对象名单公示", "第3季度特困人员救助供养名单", "临时救助资金发放情况",
        "低保边缘家庭认定公示"));
    TITLES.put("就业创业", List.of("2022年高校毕业生就业见习岗位信息", "春风行动招聘会岗位信息", "创业担保贷款申领指南",
        "第12期职业技能培训补贴申领"));
    TITLES.put("工作动态", List.of("局长带队赴乡镇调研督导", "召开2024年第1次全系统安全生产工作会议", "开展走访慰问困难群众活动",
        "举办业务培训班"));
  }

  private final NaiveBayesModel model = trained(TITLES);

  @ParameterizedTest(name = "''{0}'' → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2024年第二季度城乡低保对象名单 | 社会救助
      临时救助对象公示              | 社会救助
      就业见习岗位信息发布          | 就业创业
      创业担保贷款申领              | 就业创业
      召开调研督导工作会议          | 工作动态
      """)
  void predictsTheCategoryWhoseTitlesShareItsBigrams(String title, String category) {
    assertThat(model.predict(title)).hasValueSatisfying(prediction -> {
      assertThat(prediction.category()).isEqualTo(category);
      assertThat(prediction.confidence()).isGreaterThan(1.0 / 3).isLessThanOrEqualTo(1);
    });
  }

  @Test
  void isMoreConfidentOfAClearerTitle() {
    double clear = model.predict("城乡低保对象名单公示").orElseThrow().confidence();
    double mixed = model.predict("低保对象就业见习岗位").orElseThrow().confidence();

    assertThat(clear).isGreaterThan(mixed);
    assertThat(mixed).isGreaterThan(0);
    assertThat(clear).isLessThanOrEqualTo(1);
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({"鹦鹉螺", "低就见", "《》、2024"})
  void predictsNothingForATitleWithNoBigramItHasSeen(String title) {
    assertThat(model.predict(title)).isEmpty();
  }

  @Test
  void predictsNothingWithFewerThanTwoCategories() {
    NaiveBayesTrainer one = new NaiveBayesTrainer();
    one.add("城乡低保对象名单", "社会救助");
    one.add("特困人员救助供养名单", "社会救助");
    NaiveBayesTrainer none = new NaiveBayesTrainer();

    assertThat(one.train(0.1).predict("城乡低保对象名单")).isEmpty();
    assertThat(none.train(0.1).predict("城乡低保对象名单")).isEmpty();
    assertThat(one.train(0.1).categories()).containsExactly("社会救助");
  }

  @ParameterizedTest(name = "''{0}'' ~ ''{1}''")
  @CsvSource(delimiter = '|', textBlock = """
      2023年城乡低保对象名单       | 2024年城乡低保对象名单
      2023年城乡低保对象名单       | ２０２３年城乡低保对象名单
      第3季度就业见习岗位信息      | 第12季度就业见习岗位信息
      召开2024年第1次工作会议     | 召开2019年第31次工作会议
      2024城乡低保对象名单         | 9城乡低保对象名单
      """)
  void foldsDigitsSoThatTheYearOrNumberSaysNothing(String title, String other) {
    assertThat(model.predict(other)).isPresent().isEqualTo(model.predict(title));
  }

  @Test
  void readsACharacterOutsideTheBasicPlaneAsACharacter() {
    String village = new String(Character.toChars(0x2063A)) + new String(Character.toChars(0x2070E));
    NaiveBayesTrainer trainer = new NaiveBayesTrainer();
    trainer.add("就业岗位名单", "就业创业");
    trainer.add("见习岗位名单", "就业创业");
    trainer.add(village + "村最低生活保障对象名单", "社会救助");
    trainer.add(village + "村特困人员救助供养名单", "社会救助");

    Prediction prediction = trainer.train(0.1).predict(village + "名单").orElseThrow();

    assertThat(prediction.category()).isEqualTo("社会救助");
  }

  @Test
  void countsTheCategoriesItSawInNameOrderWhateverOrderItSawThem() {
    NaiveBayesTrainer trainer = new NaiveBayesTrainer();
    trainer.add("低保名单", "社会救助");
    trainer.add("就业见习岗位", "就业创业");
    trainer.add("招聘会岗位", "就业创业");

    assertThat(trainer.examples()).isEqualTo(3);
    assertThat(trainer.train(0.1).categories()).containsExactly("就业创业", "社会救助");
  }

  @ParameterizedTest(name = "smoothing {0}")
  @ValueSource(doubles = {0, -0.1, Double.NaN})
  void refusesSmoothingThatIsNotAboveZero(double smoothing) {
    NaiveBayesTrainer trainer = new NaiveBayesTrainer();
    trainer.add("低保名单", "社会救助");
    trainer.add("就业岗位", "就业创业");

    assertThatIllegalArgumentException().isThrownBy(() -> trainer.train(smoothing))
        .withMessageContaining("smoothing must be above 0");
    assertThatIllegalArgumentException().isThrownBy(() -> new ModelSettings(0.6, smoothing))
        .withMessageContaining("smoothing must be above 0");
  }

  @ParameterizedTest(name = "threshold {0}")
  @ValueSource(doubles = {0, -0.5, 1.01, Double.NaN})
  void refusesAThresholdThatIsNotAProbabilityAboveZero(double threshold) {
    assertThatIllegalArgumentException().isThrownBy(() -> new ModelSettings(threshold, 0.1))
        .withMessageContaining("threshold must be in (0, 1]");
  }

  private static NaiveBayesModel trained(Map<String, List<String>> titles) {
    NaiveBayesTrainer trainer = new NaiveBayesTrainer();
    titles.forEach((category, examples) -> examples.forEach(title -> trainer.add(title, category)));
    return trainer.train(0.1);
  }
}
