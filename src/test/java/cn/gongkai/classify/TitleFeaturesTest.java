package cn.gongkai.classify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.publication.Nfkc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TitleFeaturesTest {

  @Test
  void areTheCharactersAndBigramsOfTheFoldedTitleInItsOrder() {
    long[] features = TitleFeatures.of("２０２４年Ａ类《通知》");

    assertThat(Arrays.stream(features).mapToObj(TitleFeatures::text))
        .containsExactly("0", "0年", "年", "年a", "a", "a类", "类", "类通", "通", "通知", "知");
    assertThat(Arrays.stream(features).filter(TitleFeatures::isBigram)).hasSize(5);
    assertThat(TitleFeatures.of("，。 123")).containsExactly(TitleFeatures.feature("0"));
    assertThat(TitleFeatures.of("——")).isEmpty();
  }

  /** The features as strings, the way the model saw them before they were codes: the same sequence. */
  @Test
  void nameTheSameFeaturesAsTheStringsTheyReplace() {
    Random random = new Random(11);
    for (int t = 0; t < 2_000; t++) {
      StringBuilder title = new StringBuilder();
      for (int c = random.nextInt(40); c > 0; c--) {
        int kind = random.nextInt(10);
        title.appendCodePoint(kind == 0 ? 0x20000 + random.nextInt(100) // CJK Extension B
            : kind == 1 ? '0' + random.nextInt(10) : kind == 2 ? 0xFF21 + random.nextInt(26) // full-width A-Z
                : kind == 3 ? "，。《》（） 、".codePointAt(random.nextInt(8)) : 0x4E00 + random.nextInt(200));
      }
      List<String> expected = asStrings(title.toString());

      long[] features = TitleFeatures.of(title.toString());

      assertThat(Arrays.stream(features).mapToObj(TitleFeatures::text).toList()).as(title.toString())
          .isEqualTo(expected);
      for (long feature : features) {
        assertThat(TitleFeatures.feature(TitleFeatures.text(feature))).isEqualTo(feature);
        assertThat(TitleFeatures.isBigram(feature))
            .isEqualTo(TitleFeatures.text(feature).codePointCount(0, TitleFeatures.text(feature).length()) == 2);
      }
    }
  }

  /** TitleFeatures as it was, strings and all. */
  private static List<String> asStrings(String title) {
    String normal = Nfkc.normalize(title);
    int[] folded = new int[normal.length()];
    int length = 0;
    for (int c : normal.codePoints().toArray()) {
      if (Character.isDigit(c)) {
        if (length == 0 || folded[length - 1] != '0') {
          folded[length++] = '0';
        }
      } else if (Character.isLetter(c)) {
        folded[length++] = Character.toLowerCase(c);
      }
    }
    int[] text = Arrays.copyOf(folded, length);
    List<String> features = new ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      features.add(new String(text, i, 1));
      if (i + 1 < text.length) {
        features.add(new String(text, i, 2));
      }
    }
    return features;
  }
}
