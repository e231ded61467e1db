package cn.gongkai.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gongkai.intake.HeaderMapping;
import cn.gongkai.intake.ReadPlan;
import cn.gongkai.intake.SourceDefaults;
import cn.gongkai.normalize.DateRange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dates of registers are held to the same years as the publications' dates, with the same words. */
class RegisterDateRangeTest {

  private static final ReadPlan UTF8 = new ReadPlan(StandardCharsets.UTF_8, ',', HeaderMapping.defaults(),
      new SourceDefaults("示例市民政局", "办公室"), null, false);

  private static final Clock NIGHT_OF_2026 = Clock.fixed(Instant.parse("2026-12-07T17:30:00Z"), ZoneId.of("Asia/Shanghai"));
  private final RegisterReader reader = new RegisterReader(ResultVocabulary.defaults(), new DateRange(1949, 1, NIGHT_OF_2026));

  @TempDir
  Path folder;

  @Test
  void rejectsAnApplicationWhoseDateCannotBeTrueNamingTheAcceptedRange() throws Exception {
    Path register = Files.writeString(folder.resolve("依申请公开登记表.csv"), """
        申请编号,收到日期,申请人类型,申请内容,办理结果,答复日期
        A1,2024-03-01,个人,申请公开低保名单,予以公开,2024-03-20
        A2,1024-03-01,个人,申请公开低保名单,,
        A3,2024-03-01,个人,申请公开低保名单,予以公开,2099-03-20
        A4,1949-10-01,个人,申请公开低保名单,,
        """, StandardCharsets.UTF_8);

    ParsedRegister<Application> applications = reader.applications(register, UTF8);

    assertThat(applications.accepted()).hasSize(2);
    assertThat(applications.rejected()).extracting(rejected -> rejected.line(), rejected -> rejected.rejection().reason(),
        rejected -> rejected.rejection().message()).containsExactly(
            tuple(3L, RegisterRejection.Reason.DATE_OUT_OF_RANGE,
                "收到日期“1024-03-01”的年份超出可能的范围（应在1949年至2027年之间），请核对后改为实际收到日期"),
            tuple(4L, RegisterRejection.Reason.DATE_OUT_OF_RANGE,
                "答复日期“2099-03-20”的年份超出可能的范围（应在1949年至2027年之间），请核对后改为实际答复日期"));
  }

  @Test
  void rejectsACaseWhoseDateCannotBeTrue() throws Exception {
    Path register = Files.writeString(folder.resolve("行政复议诉讼登记表.csv"), """
        案件编号,类型,立案日期,结果,审结日期
        F1,行政复议,2024-03-01,结果维持,2204-05-01
        F2,行政复议,2204-03-01,,
        """, StandardCharsets.UTF_8);

    ParsedRegister<ReviewCase> cases = reader.reviewCases(register, UTF8);

    assertThat(cases.rejected()).extracting(rejected -> rejected.line(), rejected -> rejected.rejection().message())
        .containsExactly(
            tuple(2L, "审结日期“2204-05-01”的年份超出可能的范围（应在1949年至2027年之间），请核对后改为实际审结日期"),
            tuple(3L, "立案日期“2204-03-01”的年份超出可能的范围（应在1949年至2027年之间），请核对后改为实际立案日期"));
  }
}
