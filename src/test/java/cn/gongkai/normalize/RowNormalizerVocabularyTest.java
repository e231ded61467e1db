package cn.gongkai.normalize;

import static cn.gongkai.normalize.SourceRowBuilder.aRow;
import static cn.gongkai.publication.PublicationField.DISCLOSURE;
import static cn.gongkai.publication.PublicationField.DOC_TYPE;
import static cn.gongkai.publication.PublicationField.VALIDITY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.publication.Disclosure;
import cn.gongkai.publication.DocType;
import cn.gongkai.publication.PublicationField;
import cn.gongkai.publication.PublicationRecord;
import cn.gongkai.publication.Validity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** 公开方式, 体裁 and 有效性 as exports write them; rejections of unknown values are in RowRejectionTest. */
class RowNormalizerVocabularyTest {

  private final RowNormalizer normalizer = new RowNormalizer();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      主动公开     | PROACTIVE
      主动        | PROACTIVE
      ' 主动 公开 ' | PROACTIVE
      依申请公开   | ON_REQUEST
      依申请      | ON_REQUEST
      申请公开     | ON_REQUEST
      不予公开     | NOT_DISCLOSED
      不公开      | NOT_DISCLOSED
      不予        | NOT_DISCLOSED
      """)
  void readsEveryWayOfWritingTheDisclosure(String raw, Disclosure disclosure) throws Exception {
    assertThat(normalized(DISCLOSURE, raw).disclosure()).isEqualTo(disclosure);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {" ", "\u3000"})
  @NullAndEmptySource
  void readsABlankDisclosureAsProactive(String raw) throws Exception {
    assertThat(normalized(DISCLOSURE, raw).disclosure()).isEqualTo(Disclosure.PROACTIVE);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      规章           | RULE
      政府规章        | RULE
      部门规章        | RULE
      行政规范性文件   | NORMATIVE_DOCUMENT
      规范性文件      | NORMATIVE_DOCUMENT
      其他           | OTHER
      通知           | OTHER
      公告           | OTHER
      意见           | OTHER
      批复           | OTHER
      """)
  void keepsTheTwoRegulatoryGenresAndCountsEveryOtherGenreAsOther(String raw, DocType docType)
      throws Exception {
    assertThat(normalized(DOC_TYPE, raw).docType()).isEqualTo(docType);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      有效     | VALID
      现行有效  | VALID
      废止     | REPEALED
      已废止    | REPEALED
      失效     | EXPIRED
      已失效    | EXPIRED
      过期     | EXPIRED
      """)
  void readsEveryWayOfWritingTheValidity(String raw, Validity validity) throws Exception {
    assertThat(normalized(VALIDITY, raw).validity()).isEqualTo(validity);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {" ", "\u3000"})
  @NullAndEmptySource
  void leavesABlankDocTypeAndValidityUnknown(String raw) throws Exception {
    PublicationRecord record =
        normalizer.normalize(aRow().with(DOC_TYPE, raw).with(VALIDITY, raw).build()).record();

    assertThat(record.docType()).isNull();
    assertThat(record.validity()).isNull();
  }

  private PublicationRecord normalized(PublicationField field, String raw) throws Exception {
    return normalizer.normalize(aRow().with(field, raw).build()).record();
  }
}
