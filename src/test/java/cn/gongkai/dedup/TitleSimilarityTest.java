package cn.gongkai.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleSimilarityTest {

  static final String NOTICE = "关于印发《示例市养老服务补贴办法》的通知";

  @ParameterizedTest(name = "''{0}'' ~ ''{1}'' = {2}/{3}")
  @CsvSource(delimiter = '|', textBlock = """
      关于印发《示例市养老服务补贴办法》的通知 | 关于印发《示例市养老服务补贴办法》的通知   | 1  | 1
      关于印发《示例市养老服务补贴办法》的通知 | 关于印发《示例市养老服务补贴办法》的通知。 | 1  | 1
      关于印发《示例市养老服务补贴办法》的通知 | '关于印发 示例市养老服务补贴办法\u3000的通知' | 1 | 1
      ２０２４年度ＧＤＰ统计报告               | 2024年度gdp统计报告                     | 1  | 1
      关于印发《示例市养老服务补贴办法》的通知 | 关于印发《示例市养老服务补助办法》的通知   | 15 | 19
      关于做好低保工作的通知                   | 关于做好低保工作的通                       | 9  | 10
      关于做好低保工作的通知                   | 关于做好低保工作通知                       | 8  | 11
      关于做好低保工作的通知                   | 关于做好低保工作                           | 7  | 10
      关于做好低保工作的通知                   | 市容环境卫生管理规定                       | 0  | 1
      """)
  void measuresTheJaccardIndexOfTheBigramsOfNormalizedTitles(String a, String b, int shared, int union) {
    double expected = (double) shared / union;

    assertThat(TitleSimilarity.jaccard(a, b)).isEqualTo(expected);
    assertThat(TitleSimilarity.jaccard(b, a)).isEqualTo(expected);
  }

  @Test
  void costsAOneCharacterChangeTwoBigramsOnEachSide() {
    TitleBigrams original = TitleSimilarity.bigrams(NOTICE);
    TitleBigrams changed = TitleSimilarity.bigrams("关于印发《示例市养老服务补助办法》的通知");

    assertThat(original.size()).isEqualTo(17);
    assertThat(original.bigrams()).contains("补贴", "贴办").doesNotContain("补助", "助办");
    assertThat(original.overlap(changed)).isEqualTo(15);
  }

  @Test
  void takesASingleCharacterAsTheOnlyBigramOfItsTitle() {
    assertThat(TitleSimilarity.bigrams("《甲》").bigrams()).containsExactly("甲");
    assertThat(TitleSimilarity.jaccard("甲", "甲。")).isEqualTo(1.0);
    assertThat(TitleSimilarity.jaccard("甲", "甲乙")).isZero();
  }

  @Test
  void findsTitlesWithNothingButPunctuationSimilarToNothingNotEvenEachOther() {
    assertThat(TitleSimilarity.bigrams("《》——。").isEmpty()).isTrue();
    assertThat(TitleSimilarity.jaccard("", "")).isZero();
    assertThat(TitleSimilarity.jaccard("《》", "。")).isZero();
    assertThat(TitleSimilarity.jaccard("", "关于做好低保工作的通知")).isZero();
  }

  @Test
  void countsARepeatedBigramOnce() {
    assertThat(TitleSimilarity.bigrams("哈哈哈哈").bigrams()).containsExactly("哈哈");
    assertThat(TitleSimilarity.jaccard("哈哈哈哈", "哈哈")).isEqualTo(1.0);
  }

  @Test
  void treatsACharacterOutsideTheBasicPlaneAsOneCharacter() {
    String rare = new String(Character.toChars(0x20000)) + new String(Character.toChars(0x20001));

    assertThat(TitleSimilarity.bigrams(rare).bigrams()).containsExactly(rare);
    assertThat(TitleSimilarity.bigrams("关于" + rare).size()).isEqualTo(3);
  }

  @Test
  void givesTheSameValueFromPrecomputedBigrams() {
    String other = "关于印发《示例市养老服务补助办法》的通知";

    assertThat(TitleSimilarity.jaccard(TitleSimilarity.bigrams(NOTICE), TitleSimilarity.bigrams(other)))
        .isEqualTo(TitleSimilarity.jaccard(NOTICE, other));
  }

  @Test
  void copiesTheBigramSetItIsGiven() {
    HashSet<String> source = new HashSet<>(Set.of("关于"));
    TitleBigrams bigrams = new TitleBigrams(source);
    source.add("通知");

    assertThat(bigrams.size()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"关于印发《示例市养老服务补贴办法》的通知", "《甲》", "《》——。", "哈哈哈哈", "\uD840\uDC00\uD840\uDC01",
      "关于\uD840\uDC00的通知", "Ａ１关于2024年 第3批", "甲乙甲乙甲"})
  void codesTheSameBigramsItListsAsText(String title) {
    long[] codes = TitleSimilarity.bigramCodes(title);

    assertThat(codes).isSorted().doesNotHaveDuplicates().hasSize(TitleSimilarity.bigrams(title).size());
    assertThat(java.util.Arrays.stream(codes).mapToObj(TitleSimilarity::bigramText).toList())
        .containsExactlyInAnyOrderElementsOf(TitleSimilarity.bigrams(title).bigrams());
  }

  @Test
  void codesEveryTitleOfARealisticCorpusAsItListsItsBigrams() {
    for (NearDuplicateCandidate candidate : new TitleCorpus(7).window("w", 2_000)) {
      long[] codes = TitleSimilarity.bigramCodes(candidate.title());
      assertThat(java.util.Arrays.stream(codes).mapToObj(TitleSimilarity::bigramText).toList())
          .as(candidate.title()).containsExactlyInAnyOrderElementsOf(TitleSimilarity.bigrams(candidate.title()).bigrams());
    }
  }
}
