package cn.gongkai.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.publication.Channel;
import cn.gongkai.publication.Disclosure;
import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationRecord;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationKeysTest {

  static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 8);

  @Test
  void givesAllThreeKeysStrongestFirst() {
    PublicationRecord record = record("11330100/2019-00012", "关于做好低保工作的通知", "民发〔2019〕3号");

    assertThat(PublicationKeys.of(record)).containsExactly(
        "K1:11330100/2019-00012",
        "K2:某市民政局|民发〔2019〕3号",
        "K3:关于做好低保工作的通知|2019-03-08");
  }

  @Test
  void leavesOutTheIndexNumberKeyWhenThereIsNoIndexNumber() {
    PublicationRecord record = record(null, "关于做好低保工作的通知", "民发〔2019〕3号");

    assertThat(PublicationKeys.of(record)).containsExactly(
        "K2:某市民政局|民发〔2019〕3号",
        "K3:关于做好低保工作的通知|2019-03-08");
  }

  @Test
  void leavesOutTheDocNumberKeyWhenThereIsNoDocNumber() {
    PublicationRecord record = record("11330100/2019-00012", "关于做好低保工作的通知", " ");

    assertThat(PublicationKeys.of(record)).containsExactly(
        "K1:11330100/2019-00012",
        "K3:关于做好低保工作的通知|2019-03-08");
  }

  @Test
  void alwaysHasTheTitleAndDateKey() {
    PublicationRecord record = record(null, "《社会救助暂行办法》解读", null);

    assertThat(PublicationKeys.of(record)).containsExactly("K3:社会救助暂行办法解读|2019-03-08");
  }

  @Test
  void givesRecordsDifferingOnlyInTitlePunctuationAndSpacingTheSameTitleKey() {
    PublicationRecord plain = record(null, "关于印发社会救助暂行办法的通知", null);
    PublicationRecord styled = record(null, " 关于印发《社会救助暂行办法》的通知。", null);

    assertThat(PublicationKeys.of(styled)).isEqualTo(PublicationKeys.of(plain));
  }

  @Test
  void keepsTheDocNumberKeyApartForDifferentPublishers() {
    PublicationRecord ours = record(null, "甲", "民发〔2019〕3号");
    PublicationRecord theirs = withPublisher(record(null, "乙", "民发〔2019〕3号"), "某省民政厅");

    assertThat(PublicationKeys.of(ours).get(0)).isEqualTo("K2:某市民政局|民发〔2019〕3号");
    assertThat(PublicationKeys.of(theirs).get(0)).isEqualTo("K2:某省民政厅|民发〔2019〕3号");
  }

  @ParameterizedTest(name = "''{0}'' → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      关于做好低保工作的通知                    | 关于做好低保工作的通知
      '关于做好 低保工作\u3000的通知 '          | 关于做好低保工作的通知
      '关于做好\t低保\u00A0工作的通知'         | 关于做好低保工作的通知
      《社会救助暂行办法》                       | 社会救助暂行办法
      关于“低保”工作的通知                     | 关于低保工作的通知
      民政、财政、人社联合通知                    | 民政财政人社联合通知
      一，二。三：四                            | 一二三四
      关于印发〔2019〕3号文件的通知              | 关于印发20193号文件的通知
      ２０１９年度ＧＤＰ报告                     | 2019年度gdp报告
      2019年度GDP报告                          | 2019年度gdp报告
      APP客户端（试行）                         | app客户端试行
      '"Open" Data: a-b_c/d!?'               | opendataabcd
      关于【重要】事项的通知——附件               | 关于重要事项的通知附件
      第1号令+第2号令                           | 第1号令第2号令
      """)
  void normalizesTitlesByNfkcLowerCasingAndDroppingWhitespaceAndPunctuation(String title, String normalized) {
    assertThat(PublicationKeys.normalizedTitle(title)).isEqualTo(normalized);
  }

  static PublicationRecord record(String indexNo, String title, String docNo) {
    return new PublicationRecord(indexNo, title, docNo, "某市民政局", "某市民政局", "社会救助科",
        null, PUBLISHED, Disclosure.PROACTIVE, Set.of(Channel.GOVERNMENT_WEBSITE), null, null, null, null,
        null, null, new Provenance("社会救助科.csv", 2, "社会救助科"));
  }

  static PublicationRecord withPublisher(PublicationRecord r, String publisher) {
    return new PublicationRecord(r.indexNo(), r.title(), r.docNo(), publisher, r.organization(),
        r.department(), r.createdDate(), r.publishedDate(), r.disclosure(), r.channels(),
        r.declaredCategory(), r.docType(), r.validity(), r.repealedDate(), r.url(), r.summary(),
        r.provenance());
  }

  /** What the key took before it was a loop: the regex it replaces, kept here as the reference. */
  private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("[\\s\\p{P}\\p{S}]+");

  private static String referenceTitle(String title) {
    String folded = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    return REFERENCE.matcher(folded).replaceAll("");
  }

  @Test
  void dropsExactlyTheCharactersTheRegexOfWhitespacePunctuationAndSymbolsDropped() {
    StringBuilder every = new StringBuilder();
    for (int codePoint = 0; codePoint <= 0x2FFFF; codePoint++) {
      if (!Character.isSurrogate((char) codePoint) || codePoint > 0xFFFF) {
        every.appendCodePoint(codePoint);
      }
      if (every.length() > 2_000) {
        assertThat(PublicationKeys.normalizedTitle(every.toString())).isEqualTo(referenceTitle(every.toString()));
        every.setLength(0);
      }
    }
    assertThat(PublicationKeys.normalizedTitle(every.toString())).isEqualTo(referenceTitle(every.toString()));
  }

  @Test
  void normalizesRealisticTitlesAsTheRegexDid() {
    for (NearDuplicateCandidate candidate : new TitleCorpus(3).window("t", 3_000)) {
      assertThat(PublicationKeys.normalizedTitle(candidate.title())).isEqualTo(referenceTitle(candidate.title()));
    }
    for (String title : java.util.List.of("关于印发《示例市养老服务补贴办法》的通知", "ＡＢＣ　１２３（本级）", "2024年 第3批\t名单",
        "“十四五”规划——解读", "¥100元/人·月", "Ⅳ类㊣标准①", "")) {
      assertThat(PublicationKeys.normalizedTitle(title)).as(title).isEqualTo(referenceTitle(title));
    }
  }
}
