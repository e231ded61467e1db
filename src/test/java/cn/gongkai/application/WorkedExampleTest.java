package cn.gongkai.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.aggregate.WorkingDayCalendar;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Parts 三 and 四 of 2024, counted by hand from nine applications and five cases (issue 7): one
 * carried over from 2023 and answered in 2024, one carried over and still open at the end of 2024,
 * an extension, an overdue reply, an open application past its limit, results written as the
 * format's rows and in free text. The working days are those of config/calendar.
 */
class WorkedExampleTest {

  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.load(Path.of("config/calendar"));
  private static final ResultVocabulary RESULTS = ResultVocabulary.defaults();

  /*
   * no.  applicant      received    reply       result                               note
   * A1   自然人          2023-12-20  2024-01-10  予以公开                              carried in; 14 working days (1 Jan off)
   * A2   商业企业        2023-11-01  2023-11-20  部分公开                              answered in 2023: not in 2024
   * A3   自然人          2024-03-04  2024-03-20  （三）不予公开 1.属于国家秘密          12 working days
   * A4   律师事务所      2024-05-06  2024-06-20  信息不存在 (free text)                 extended on 05-30: 33 working days (1-5 May, 10 Jun off; 11 May worked)
   * A5   自然人          2024-07-01  2024-08-30  予以公开                              not extended; limit 07-29: overdue
   * A6   科研机构        2024-12-02  -           -                                     limit 12-30: open past it on 12-31
   * A7   社会公益组织    2024-12-20  -           -                                     still within its limit
   * A8   其他            2023-12-28  2025-01-06  其他处理-其他                          carried in and carried out; past its limit
   * A9   公司            2024-09-10  2024-09-12  重复申请 (free text)                   2 working days
   */
  static List<Application> applications() {
    return List.of(
        answered("A1", "自然人", "2023-12-20", "2024-01-10", "予以公开", null),
        answered("A2", "商业企业", "2023-11-01", "2023-11-20", "部分公开", null),
        answered("A3", "自然人", "2024-03-04", "2024-03-20", "（三）不予公开 1.属于国家秘密", null),
        answered("A4", "律师事务所", "2024-05-06", "2024-06-20", "信息不存在", "2024-05-30"),
        answered("A5", "自然人", "2024-07-01", "2024-08-30", "予以公开", null),
        open("A6", "科研机构", "2024-12-02"),
        open("A7", "社会公益组织", "2024-12-20"),
        answered("A8", "其他", "2023-12-28", "2025-01-06", "其他处理-其他", null),
        answered("A9", "公司", "2024-09-10", "2024-09-12", "重复申请", null));
  }

  @Test
  void partThreeOf2024HasEveryCellCountedByHand() {
    ApplicationTable table = ApplicationTable.of(2024, applications());

    //                                                 自然人 商业 科研 公益 法律 其他 总计
    assertThat(table.row("本年新收")).containsExactly(2L, 1L, 1L, 1L, 1L, 0L, 6L);
    assertThat(table.row("上年结转")).containsExactly(1L, 0L, 0L, 0L, 0L, 1L, 2L);
    assertThat(table.row("予以公开")).containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 2L);
    assertThat(table.row("不予公开-属于国家秘密")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
    assertThat(table.row("无法提供-本机关不掌握相关政府信息")).containsExactly(0L, 0L, 0L, 0L, 1L, 0L, 1L);
    assertThat(table.row("不予处理-重复申请")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
    assertThat(table.row("总计")).containsExactly(3L, 1L, 0L, 0L, 1L, 0L, 5L);
    assertThat(table.row("结转下年度继续办理")).containsExactly(0L, 0L, 1L, 1L, 0L, 1L, 3L);
    List<String> others = ApplicationTable.rowKeys().stream()
        .filter(key -> !List.of("本年新收", "上年结转", "予以公开", "不予公开-属于国家秘密", "无法提供-本机关不掌握相关政府信息",
            "不予处理-重复申请", "总计", "结转下年度继续办理").contains(key))
        .toList();
    assertThat(others).hasSize(17);
    for (String key : others) {
      assertThat(table.row(key)).as(key).containsOnly(0L);
    }
    assertThat(table.crossChecks()).isEmpty();
  }

  @Test
  void whatIsCarriedOutOf2024IsCarriedInto2025() {
    ApplicationTable of2024 = ApplicationTable.of(2024, applications());
    ApplicationTable of2025 = ApplicationTable.of(2025, applications());

    assertThat(of2025.row("上年结转")).isEqualTo(of2024.row("结转下年度继续办理"));
    assertThat(of2025.row("其他处理-其他")).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 1L);
    assertThat(of2025.row("结转下年度继续办理")).containsExactly(0L, 0L, 1L, 1L, 0L, 0L, 2L);
    assertThat(of2025.crossChecks()).isEmpty();
  }

  @Test
  void theDeadlinesOf2024CountedByHand() {
    DeadlineFigures deadlines = DeadlineFigures.of(2024, applications(), new ReplyDeadline(CALENDAR));

    assertThat(deadlines.onTime()).as("A1, A3, A9").isEqualTo(3);
    assertThat(deadlines.extendedOnTime()).as("A4").isEqualTo(1);
    assertThat(deadlines.overdue()).as("A5").isEqualTo(1);
    assertThat(deadlines.openPastDeadline()).as("A6, A8").isEqualTo(2);
    assertThat(deadlines.lateByDepartment().get("办公室")).extracting(DeadlineFigures.Late::applicationNo,
            DeadlineFigures.Late::lastDay, DeadlineFigures.Late::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A8", LocalDate.parse("2024-01-26"), ReplyDeadline.Status.OPEN_PAST_DEADLINE),
            org.assertj.core.groups.Tuple.tuple("A5", LocalDate.parse("2024-07-29"), ReplyDeadline.Status.OVERDUE),
            org.assertj.core.groups.Tuple.tuple("A6", LocalDate.parse("2024-12-30"), ReplyDeadline.Status.OPEN_PAST_DEADLINE));
  }

  @Test
  void partFourOf2024CountsTheCasesFiledInItByTheirResultAtItsEnd() {
    List<ReviewCase> cases = List.of(
        closed("R1", ReviewCase.Kind.REVIEW, "2024-02-01", ReviewCase.Result.UPHELD, "2024-05-01"),
        closed("R2", ReviewCase.Kind.REVIEW, "2024-11-01", ReviewCase.Result.CORRECTED, "2025-02-01"),
        closed("R3", ReviewCase.Kind.DIRECT_LAWSUIT, "2024-04-01", ReviewCase.Result.OTHER, "2024-10-01"),
        closed("R4", ReviewCase.Kind.LAWSUIT_AFTER_REVIEW, "2024-06-01", ReviewCase.Result.CORRECTED, "2024-09-01"),
        closed("R5", ReviewCase.Kind.REVIEW, "2023-12-01", ReviewCase.Result.UPHELD, "2024-01-15"));

    ReviewTable table = ReviewTable.of(2024, cases);

    //                                   复议: 维持 纠正 其他 未结 总计 | 直接起诉 ...   | 复议后起诉 ...
    assertThat(table.cells()).containsExactly(1L, 0L, 0L, 1L, 2L, 0L, 0L, 1L, 0L, 1L, 0L, 1L, 0L, 0L, 1L);
    assertThat(table.crossChecks()).isEmpty();
    assertThat(ReviewTable.of(2023, cases).cell(ReviewCase.Kind.REVIEW, "尚未审结")).as("R5 at the end of 2023").isEqualTo(1);
  }

  @Test
  void anInconsistentTableFailsLoudlyNamingTheCell() {
    Map<String, List<Long>> typedIn = new java.util.LinkedHashMap<>();
    typedIn.put("本年新收", List.of(2L, 1L, 1L, 1L, 1L, 0L, 6L));
    typedIn.put("上年结转", List.of(1L, 0L, 0L, 0L, 0L, 1L, 2L));
    typedIn.put("予以公开", List.of(2L, 0L, 0L, 0L, 0L, 0L, 2L));
    typedIn.put("不予公开-属于国家秘密", List.of(1L, 0L, 0L, 0L, 0L, 0L, 1L));
    typedIn.put("无法提供-本机关不掌握相关政府信息", List.of(0L, 0L, 0L, 0L, 1L, 0L, 1L));
    typedIn.put("不予处理-重复申请", List.of(0L, 1L, 0L, 0L, 0L, 0L, 1L));
    typedIn.put("总计", List.of(3L, 1L, 0L, 0L, 1L, 0L, 5L));
    typedIn.put("结转下年度继续办理", List.of(0L, 0L, 1L, 2L, 0L, 1L, 3L)); // 社会公益组织 typed as 2

    assertThat(ApplicationTable.ofCells(2024, typedIn).crossChecks()).containsExactly(
        "column 社会公益组织: 一、本年新收 (1) + 二、上年结转 (0) = 1, but （七）总计 (0) + 四、结转下年度继续办理 (2) = 2",
        "row 结转下年度继续办理: the six applicant columns add up to 4, but 总计 is 3");
    assertThat(ReviewTable.ofCells(2024, Map.of(ReviewCase.Kind.DIRECT_LAWSUIT, List.of(0L, 0L, 1L, 0L, 2L)))
        .crossChecks()).containsExactly("行政诉讼-未经复议直接起诉: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 1, but 总计 is 2");
  }

  @Test
  void anApplicationReceivedBeforeTheCalendarBeginsIsCountedApartAndStopsNoYear() {
    // received in 2005 (the calendar starts in 2007), still open, and one answered in 2019
    List<Application> applications = List.of(open("B1", "自然人", "2005-03-01"),
        answered("B2", "自然人", "2006-11-01", "2019-05-10", "予以公开", null),
        answered("B3", "自然人", "2019-03-04", "2019-03-20", "予以公开", null));

    DeadlineFigures deadlines = DeadlineFigures.of(2019, applications, new ReplyDeadline(CALENDAR));

    assertThat(deadlines.outsideCalendar()).isEqualTo(2);
    assertThat(deadlines.onTime()).as("B3").isEqualTo(1);
    assertThat(deadlines.overdue() + deadlines.openPastDeadline()).isZero();
    assertThat(deadlines.lateByDepartment()).isEmpty();
  }

  private static Application answered(String no, String applicant, String received, String reply, String result,
      String extension) {
    return new Application(no, LocalDate.parse(received), ApplicationChannel.ONLINE,
        ApplicantType.parse(applicant).orElseThrow(), "申请公开……", RESULTS.parse(result).orElseThrow(),
        LocalDate.parse(reply), extension != null, extension == null ? null : LocalDate.parse(extension), "办公室");
  }

  private static Application open(String no, String applicant, String received) {
    return new Application(no, LocalDate.parse(received), ApplicationChannel.IN_PERSON,
        ApplicantType.parse(applicant).orElseThrow(), "申请公开……", null, null, false, null, "办公室");
  }

  private static ReviewCase closed(String no, ReviewCase.Kind kind, String filed, ReviewCase.Result result,
      String closedDate) {
    return new ReviewCase(no, kind, LocalDate.parse(filed), result, LocalDate.parse(closedDate));
  }
}
