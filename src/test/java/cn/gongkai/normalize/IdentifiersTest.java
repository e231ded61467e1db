package cn.gongkai.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      国发〔2019〕3号        | 国发〔2019〕3号
      国发[2019]3号          | 国发〔2019〕3号
      国发［2019］3号        | 国发〔2019〕3号
      国发【2019】3号        | 国发〔2019〕3号
      国发(2019)3号          | 国发〔2019〕3号
      国发（2019）3号        | 国发〔2019〕3号
      国发﹝2019﹞3号        | 国发〔2019〕3号
      国发〖2019〗3号        | 国发〔2019〕3号
      国发〔２０１９〕３号    | 国发〔2019〕3号
      '国发 〔2019〕\u3000 3 号' | 国发〔2019〕3号
      民发(2019）12号        | 民发〔2019〕12号
      """)
  void writesEveryBracketOfADocNoAsTortoiseShellAndDropsSpaces(String raw, String docNo) {
    assertThat(Identifiers.docNo(raw)).isEqualTo(docNo);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ' abc-2019-0001 '      | ABC-2019-0001
      ＡＢＣ－２０１９－０００１  | ABC-2019-0001
      11330100/2019-00012   | 11330100/2019-00012
      """)
  void foldsAndUpperCasesAnIndexNo(String raw, String indexNo) {
    assertThat(Identifiers.indexNo(raw)).isEqualTo(indexNo);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {" ", "\u3000", "无", "暂无", "/", "－", "——", "NULL", "n/a"})
  @NullAndEmptySource
  void readsBlankAndPlaceholderIdentifiersAsAbsent(String raw) {
    assertThat(Identifiers.docNo(raw)).isNull();
    assertThat(Identifiers.indexNo(raw)).isNull();
  }
}
