package cn.gongkai.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.dedup.PublicationKeys;
import cn.gongkai.dedup.TitleSimilarity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generator's bigram sets measure titles exactly as the near-duplicate finder does. */
class TitleShinglesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "城东区2023年3月城乡低保资金发放情况公示|城东区2023年4月城乡低保资金发放情况公示",
      "示例市民政局2023年部门预算|示例市民政局 2023 年部门预算（2）",
      "哈哈哈哈|哈哈",
      "民|民",
      "民|民政",
      "《》、，。|民政",
      "《》|“”",
      "ＡＢＣ abc 123|abc123",
      "\uD840\uDC00\uD840\uDC01政|\uD840\uDC00\uD840\uDC01"})
  void agreesWithTheFinderOnEdgeCases(String a, String b) {
    assertThat(jaccard(a, b)).isEqualTo(TitleSimilarity.jaccard(a, b));
  }

  @Test
  void agreesWithTheFinderOnGeneratedTitles() {
    Random random = new Random(3);
    TitleComposer composer = new TitleComposer(new OrganizationNames("示例市民政局"), random);
    List<Department> departments = Bureau.of(16).departments();
    List<String> titles = new ArrayList<>();
    for (SampleCategory category : SampleCategory.values()) {
      for (TitleTemplate template : TitleCatalog.templates(category)) {
        for (int i = 0; i < 4; i++) {
          titles.add(composer.compose(template, departments.get(random.nextInt(16)), LocalDate.of(2023, 3, 9)));
        }
      }
    }

    for (int i = 1; i < titles.size(); i++) {
      String a = titles.get(i - 1);
      String b = titles.get(i);
      assertThat(jaccard(a, b)).as(a + " / " + b).isEqualTo(TitleSimilarity.jaccard(a, b));
    }
  }

  @Test
  void settlesPairsOfVeryDifferentSizesAsNotAlike() {
    TitleShingles shorter = shingles("民政局部门预算");
    TitleShingles longer = shingles("示例市民政局2023年部门预算和三公经费预算情况说明");

    assertThat(shorter.reaches(longer, 0.9)).isFalse();
    assertThat(shorter.reaches(shingles("民政局部门预算"), 0.9)).isTrue();
    assertThat(shingles("《》").reaches(shingles("“”"), 0.9)).isFalse();
  }

  private static double jaccard(String a, String b) {
    return shingles(a).jaccard(shingles(b));
  }

  private static TitleShingles shingles(String title) {
    return TitleShingles.ofNormalized(PublicationKeys.normalizedTitle(title));
  }
}
