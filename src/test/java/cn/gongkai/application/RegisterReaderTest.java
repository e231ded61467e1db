package cn.gongkai.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gongkai.intake.FileInspection;
import cn.gongkai.intake.FileInspector;
import cn.gongkai.intake.HeaderMapping;
import cn.gongkai.intake.InboxFile;
import cn.gongkai.intake.ReadPlan;
import cn.gongkai.intake.SourceCatalog;
import cn.gongkai.intake.SourceDefaults;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example's registers as an office exports them: the applications in UTF-8 with a BOM,
 * with a re-exported row and three a clerk must correct; the cases in GBK with one.
 */
class RegisterReaderTest {

  private static final Path APPLICATIONS = Path.of("src/test/resources/registers/applications-2024.csv");
  private static final Path REVIEWS = Path.of("src/test/resources/registers/reviews-2024-gbk.csv");
  private static final ReadPlan UTF8 = plan(StandardCharsets.UTF_8, false);
  private static final ReadPlan GBK = plan(Charset.forName("GBK"), false);
  private final RegisterReader reader = new RegisterReader(ResultVocabulary.defaults());

  @TempDir
  Path inbox;

  @Test
  void registersAreToldFromPublicationListsByTheirHeaders() throws Exception {
    FileInspector inspector = new FileInspector(SourceCatalog.of(List.of()), "示例市民政局");
    assertThat(inspector.inspect(new InboxFile(APPLICATIONS, "登记表.csv", Files.size(APPLICATIONS))))
        .isInstanceOfSatisfying(FileInspection.Register.class,
            register -> assertThat(register.kind()).isEqualTo(RegisterKind.APPLICATIONS));
    assertThat(inspector.inspect(new InboxFile(REVIEWS, "复议.csv", Files.size(REVIEWS))))
        .isInstanceOfSatisfying(FileInspection.Register.class,
            register -> assertThat(register.kind()).isEqualTo(RegisterKind.REVIEWS));
    assertThat(RegisterKind.detect(List.of("索引号", "标题", "发布日期", "文号"))).isEmpty();
    assertThat(RegisterKind.detect(List.of("受理编号", "受理日期"))).contains(RegisterKind.APPLICATIONS);
    assertThat(RegisterKind.detect(List.of("案件类型", "复议结果", "立案日期"))).contains(RegisterKind.REVIEWS);
  }

  @Test
  void everyApplicationRowIsCountedMergedOrRejectedWithWhatToFix() throws Exception {
    ParsedRegister<Application> register = reader.applications(APPLICATIONS, UTF8);
    Map<String, Application> distinct = distinctApplications(register.accepted());

    assertThat(register.read()).isEqualTo(13);
    assertThat(register.accepted()).hasSize(10);
    assertThat(distinct).as("A3 exported twice").hasSize(9);
    assertThat(register.rejected()).extracting(rejected -> rejected.line(), rejected -> rejected.rejection().reason())
        .containsExactly(
            tuple(12L, RegisterRejection.Reason.UNKNOWN_VALUE),
            tuple(13L, RegisterRejection.Reason.INCONSISTENT),
            tuple(14L, RegisterRejection.Reason.UNREADABLE_DATE));
    assertThat(register.rejected().get(0).rejection().message())
        .startsWith("办理结果“已办结”无法识别，请填写以下之一：予以公开；部分公开；不予公开-属于国家秘密")
        .endsWith("其他处理-其他");
    assertThat(register.rejected().get(1).rejection().message()).startsWith("已填答复日期，办理结果却为空");
    assertThat(register.rejected().get(2).rejection().message()).startsWith("收到日期“2024-13-01”无法识别");
  }

  @Test
  void masksNumbersOfAnyWidthInEveryTextOfARegisterRowItKeeps() throws Exception {
    Path file = Files.writeString(inbox.resolve("applications.csv"), """
        申请编号,收到日期,申请方式,申请人类型,申请人,申请内容,办理结果,答复日期,是否延期,延期日期,承办部门
        １３８１２３４５６７８,2024-01-02,网上,个人,张三,申请公开本人（身份证号３２０１０２１９８００１０１１２３８）的救助记录,,,否,,办公室
        A2,2024-01-03,网上,个人,李四,联系电话138　1234　5678，申请公开低保名单,,,否,,社区139－0123－4567
        """, StandardCharsets.UTF_8);
    Path cases = Files.writeString(inbox.resolve("reviews.csv"), """
        案件编号,类型,诉讼类型,立案日期,结果,审结日期
        复139－0123－4567,行政复议,,2024-02-01,,
        """, StandardCharsets.UTF_8);

    List<Application> applications = reader.applications(file, UTF8).accepted().stream()
        .map(ParsedRegister.Accepted::record).toList();
    ParsedRegister<ReviewCase> reviews = reader.reviewCases(cases, UTF8);

    assertThat(applications).extracting(Application::applicationNo, Application::request, Application::department)
        .containsExactly(
            tuple("138****5678", "申请公开本人（身份证号320*************38）的救助记录", "办公室"),
            tuple("A2", "联系电话138****5678，申请公开低保名单", "社区139****4567"));
    assertThat(reader.applications(file, UTF8).accepted())
        .extracting(ParsedRegister.Accepted::key).first().as("the masked number, without punctuation")
        .isEqualTo("no:1385678");
    assertThat(reviews.accepted()).extracting(accepted -> accepted.record().caseNo(), ParsedRegister.Accepted::key)
        .containsExactly(tuple("复139****4567", "case:复1394567"));
  }

  @Test
  void aStrayQuoteBadBytesAndARaggedRowAreRejectedRowsWithWhatToFixAndTheRestIsRead() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(String.join("\n",
        "申请编号,收到日期,申请方式,申请人类型,申请人,申请内容,办理结果,答复日期",
        "A-1,2019-03-01,网络,自然人,张三,申请公开低保名单,予以公开,2019-03-10",
        "A-2,2019-03-02,网络,自然人,\"李四,申请公开\"资金\"明细,予以公开,2019-03-12",
        "A-3,2019-03-03,网络,自然人,王五,申请公开").getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.writeBytes(String.join("\n", "救助明细,予以公开,2019-03-15",
        "A-4,2019-03-04,网络,自然人,赵六,申请公开某事项,予以公开,2019-03-16,多出来的",
        "A-5,2019-03-05,网络,自然人,钱七",
        "A-6,2019-03-06,当面,自然人,孙八,申请公开某文件,予以公开,2019-03-18,,,",
        "").getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(inbox.resolve("登记表.csv"), bytes.toByteArray());

    ParsedRegister<Application> register = reader.applications(file, plan(StandardCharsets.UTF_8, true));

    assertThat(register.accepted()).extracting(ParsedRegister.Accepted::line).containsExactly(2L, 7L);
    assertThat(register.rejected()).extracting(rejected -> rejected.line(), rejected -> rejected.rejection().reason())
        .containsExactly(
            tuple(3L, RegisterRejection.Reason.MALFORMED_CSV),
            tuple(4L, RegisterRejection.Reason.UNDECODABLE_BYTES),
            tuple(5L, RegisterRejection.Reason.WRONG_COLUMN_COUNT),
            tuple(6L, RegisterRejection.Reason.WRONG_COLUMN_COUNT));
    assertThat(register.rejected()).extracting(rejected -> rejected.rejection().message()).containsExactly(
        "这一行不是有效的CSV记录（结束引号后面紧跟着其他字符）。通常是某个字段以英文双引号开头却没有配对的结束引号，"
            + "或字段中间夹了双引号：请删去多余的引号，或把字段中的引号写成两个引号后重新导出",
        "这一行第6列含有按文件编码无法识别的字节，文字已损坏：请检查该行内容，用UTF-8或GBK编码重新导出",
        "表头有8列，这一行却有9列：请给含逗号或换行的字段加上英文双引号后重新导出",
        "表头有8列，这一行却有5列：请给含逗号或换行的字段加上英文双引号后重新导出");
  }

  @Test
  void theFixtureRegisterGivesTheTableCountedByHand() throws Exception {
    ParsedRegister<Application> register = reader.applications(APPLICATIONS, UTF8);
    List<Application> applications = List.copyOf(distinctApplications(register.accepted()).values());

    ApplicationTable fromRegister = ApplicationTable.of(2024, applications);
    ApplicationTable byHand = ApplicationTable.of(2024, WorkedExampleTest.applications());
    for (String row : ApplicationTable.rowKeys()) {
      assertThat(fromRegister.row(row)).as(row).isEqualTo(byHand.row(row));
    }
    assertThat(fromRegister.row("总计")).containsExactly(3L, 1L, 0L, 0L, 1L, 0L, 5L);
    Application a4 = applications.stream().filter(a -> "A4".equals(a.applicationNo())).findFirst().orElseThrow();
    assertThat(a4.extended()).isTrue();
    assertThat(a4.department()).isEqualTo("社会救助科");
    assertThat(a4.channel()).isEqualTo(ApplicationChannel.EMAIL);
  }

  @Test
  void theGbkCaseRegisterGivesPartFourCountedByHand() throws Exception {
    ParsedRegister<ReviewCase> register = reader.reviewCases(REVIEWS, GBK);

    assertThat(register.read()).isEqualTo(6);
    assertThat(register.rejected()).singleElement().satisfies(rejected -> {
      assertThat(rejected.line()).isEqualTo(7);
      assertThat(rejected.rejection().message()).startsWith("类型“行政诉讼”无法识别")
          .contains("行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）");
    });
    List<ReviewCase> cases = List.copyOf(distinctCases(register.accepted()).values());
    assertThat(ReviewTable.of(2024, cases).cells())
        .containsExactly(1L, 0L, 0L, 1L, 2L, 0L, 0L, 1L, 0L, 1L, 0L, 1L, 0L, 0L, 1L);
  }

  /** The register's applications by key, each row kept or not by the rule the register load applies. */
  static Map<String, Application> distinctApplications(List<ParsedRegister.Accepted<Application>> rows) {
    Map<String, Application> kept = new LinkedHashMap<>();
    rows.forEach(row -> kept.merge(row.key(), row.record(),
        (before, later) -> RegisterDeduplication.replaces(before, later) ? later : before));
    return kept;
  }

  static Map<String, ReviewCase> distinctCases(List<ParsedRegister.Accepted<ReviewCase>> rows) {
    Map<String, ReviewCase> kept = new LinkedHashMap<>();
    rows.forEach(row -> kept.merge(row.key(), row.record(),
        (before, later) -> RegisterDeduplication.replaces(before, later) ? later : before));
    return kept;
  }

  private static ReadPlan plan(Charset charset, boolean flagsUndecodable) {
    return new ReadPlan(charset, ',', HeaderMapping.defaults(), new SourceDefaults("示例市民政局", "办公室"), null,
        flagsUndecodable);
  }

  @Test
  void theRegistersGiveTheApplicationRowsOfTheAppendixBefore2019() throws Exception {
    List<Application> applications = List.copyOf(distinctApplications(
        reader.applications(APPLICATIONS, UTF8).accepted()).values());
    List<ReviewCase> cases = List.copyOf(distinctCases(
        reader.reviewCases(REVIEWS, GBK).accepted()).values());

    // received in 2024: A3 信函, A4 电子邮件, A5 政务服务网, A6 当面, A7 传真, A9 网站; answered: A1, A3, A4, A5, A9
    assertThat(LegacyAppendixRows.of(2024, applications, cases).rows()).containsExactly(
        java.util.Map.entry("受理申请总数", 6L), java.util.Map.entry("当面申请数", 1L),
        java.util.Map.entry("网络申请数", 3L), java.util.Map.entry("信函、传真申请数", 2L),
        java.util.Map.entry("答复总数", 5L), java.util.Map.entry("同意公开答复数", 2L),
        java.util.Map.entry("同意部分公开答复数", 0L), java.util.Map.entry("不予公开答复数", 1L),
        java.util.Map.entry("行政复议数", 2L), java.util.Map.entry("行政诉讼数", 2L));
  }
}
