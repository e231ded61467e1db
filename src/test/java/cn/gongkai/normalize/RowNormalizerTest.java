package cn.gongkai.normalize;

import static cn.gongkai.normalize.SourceRowBuilder.DEFAULT_DEPARTMENT;
import static cn.gongkai.normalize.SourceRowBuilder.FILE;
import static cn.gongkai.normalize.SourceRowBuilder.LINE;
import static cn.gongkai.normalize.SourceRowBuilder.ORGANIZATION;
import static cn.gongkai.normalize.SourceRowBuilder.RAW;
import static cn.gongkai.normalize.SourceRowBuilder.aRow;
import static cn.gongkai.publication.PublicationField.CATEGORY;
import static cn.gongkai.publication.PublicationField.CHANNELS;
import static cn.gongkai.publication.PublicationField.CREATED_DATE;
import static cn.gongkai.publication.PublicationField.DEPARTMENT;
import static cn.gongkai.publication.PublicationField.DISCLOSURE;
import static cn.gongkai.publication.PublicationField.DOC_NO;
import static cn.gongkai.publication.PublicationField.DOC_TYPE;
import static cn.gongkai.publication.PublicationField.INDEX_NO;
import static cn.gongkai.publication.PublicationField.PUBLISHED_DATE;
import static cn.gongkai.publication.PublicationField.PUBLISHER;
import static cn.gongkai.publication.PublicationField.REPEALED_DATE;
import static cn.gongkai.publication.PublicationField.SUMMARY;
import static cn.gongkai.publication.PublicationField.TITLE;
import static cn.gongkai.publication.PublicationField.URL;
import static cn.gongkai.publication.PublicationField.VALIDITY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.intake.SourceRow;
import cn.gongkai.publication.Channel;
import cn.gongkai.publication.Disclosure;
import cn.gongkai.publication.DocType;
import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationRecord;
import cn.gongkai.publication.Validity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowNormalizerTest {

  private final RowNormalizer normalizer = new RowNormalizer();

  @Test
  void normalizesEveryFieldOfACompleteRow() throws Exception {
    SourceRow row = aRow()
        .with(INDEX_NO, " mzj-2019-00012 ")
        .with(TITLE, "　关于印发《２０１９年社会救助工作要点》的通知 ")
        .with(DOC_NO, "市民发［２０１９］ 3号")
        .with(PUBLISHER, " 市民政局办公室 ")
        .with(DEPARTMENT, " 社会救助科 ")
        .with(CREATED_DATE, "2019年1月15日")
        .with(PUBLISHED_DATE, "2019/1/20 09:30")
        .with(DISCLOSURE, "主动公开")
        .with(CHANNELS, "政府网站、微信公众号、报纸")
        .with(CATEGORY, " 社会救助 ")
        .with(DOC_TYPE, "规范性文件")
        .with(VALIDITY, "现行有效")
        .with(REPEALED_DATE, "")
        .with(URL, " http://mzj.example.gov.cn/art/2019/1/20/art_1.html ")
        .with(SUMMARY, " 明确2019年社会救助重点工作。 ")
        .build();

    NormalizedRow normalized = normalizer.normalize(row);

    assertThat(normalized).isEqualTo(new NormalizedRow(
        new PublicationRecord(
            "MZJ-2019-00012", "关于印发《２０１９年社会救助工作要点》的通知", "市民发〔2019〕3号",
            "市民政局办公室", ORGANIZATION, "社会救助科",
            LocalDate.of(2019, 1, 15), LocalDate.of(2019, 1, 20), Disclosure.PROACTIVE,
            Set.of(Channel.GOVERNMENT_WEBSITE, Channel.NEW_MEDIA, Channel.OTHER), "社会救助",
            DocType.NORMATIVE_DOCUMENT, Validity.VALID, null,
            "http://mzj.example.gov.cn/art/2019/1/20/art_1.html", "明确2019年社会救助重点工作。",
            new Provenance(FILE, LINE, "社会救助科")),
        List.of("报纸")));
  }

  @Test
  void fillsWhatAMinimalRowLeavesOutFromTheSourceAndTheSpecDefaults() throws Exception {
    PublicationRecord record = normalizer.normalize(aRow().build()).record();

    assertThat(record).isEqualTo(new PublicationRecord(
        null, "关于2019年春节慰问的通知", null, ORGANIZATION, ORGANIZATION, DEFAULT_DEPARTMENT,
        null, LocalDate.of(2019, 1, 20), Disclosure.PROACTIVE, Set.of(Channel.GOVERNMENT_WEBSITE),
        null, null, null, null, null, null, new Provenance(FILE, LINE, DEFAULT_DEPARTMENT)));
  }

  @Test
  void takesTheDepartmentFromTheSourceWhenTheRowLeavesItBlank() throws Exception {
    SourceRow row = aRow().with(DEPARTMENT, "\u3000 ").with(PUBLISHER, " ").build();

    PublicationRecord record = normalizer.normalize(row).record();

    assertThat(record.department()).isEqualTo(DEFAULT_DEPARTMENT);
    assertThat(record.provenance().department()).isEqualTo(DEFAULT_DEPARTMENT);
    assertThat(record.publisher()).isEqualTo(ORGANIZATION);
  }

  @Test
  void keepsTheOrganizationOfTheSourceWhateverPublisherTheRowNames() throws Exception {
    SourceRow row = aRow().with(PUBLISHER, "市政府办公室").build();

    PublicationRecord record = normalizer.normalize(row).record();

    assertThat(record.publisher()).isEqualTo("市政府办公室");
    assertThat(record.organization()).isEqualTo(ORGANIZATION);
  }

  @Test
  void storesThePublisherTheSameWayWhateverWidthsAndSpacesItWasTypedIn() throws Exception {
    List<String> typed = List.of("示例市民政局(本级)", " 示例市 民政局（本级）", "示例市\u3000民政局\u00A0（本级）",
        "示例市\t民政局（本级）\u3000");

    for (String publisher : typed) {
      assertThat(normalizer.normalize(aRow().with(PUBLISHER, publisher).build()).record().publisher())
          .as(publisher).isEqualTo("示例市民政局(本级)");
    }
  }

  @Test
  void masksPersonalNumbersOfAnyWidthInTitleSummaryDocNumberAndPublisherAndCountsThem() throws Exception {
    SourceRow row = aRow()
        .with(TITLE, "关于张三（联系电话１３８１２３４５６７８）困难救助的公示")
        .with(SUMMARY, "身份证号３２０１０２１９８００１０１１２３８，联系电话138\u30001234\u30005678")
        .with(DOC_NO, "示民救〔2024〕139－0123－4567号")
        .with(PUBLISHER, "社区联系人１３９０１２３４５６７")
        .build();

    NormalizedRow normalized = normalizer.normalize(row);

    PublicationRecord record = normalized.record();
    assertThat(record.title()).isEqualTo("关于张三（联系电话138****5678）困难救助的公示");
    assertThat(record.summary()).isEqualTo("身份证号320*************38，联系电话138****5678");
    assertThat(record.docNo()).isEqualTo("示民救〔2024〕139****4567号");
    assertThat(record.publisher()).isEqualTo("社区联系人139****4567");
    assertThat(normalized.personalData()).isEqualTo(5);
  }

  @Test
  void passesChannelsTheVocabularyDidNotKnowOnToTheRunSummary() throws Exception {
    NormalizedRow normalized = normalizer.normalize(aRow().with(CHANNELS, "电视台 , 政务微博").build());

    assertThat(normalized.record().channels())
        .containsExactlyInAnyOrder(Channel.OTHER, Channel.NEW_MEDIA);
    assertThat(normalized.unknownChannels()).containsExactly("电视台");
  }

  @Test
  void readsPlaceholderOptionalDatesAsAbsent() throws Exception {
    SourceRow row = aRow().with(CREATED_DATE, "无").with(REPEALED_DATE, "/").build();

    PublicationRecord record = normalizer.normalize(row).record();

    assertThat(record.createdDate()).isNull();
    assertThat(record.repealedDate()).isNull();
  }
}
