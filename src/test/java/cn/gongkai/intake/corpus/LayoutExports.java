package cn.gongkai.intake.corpus;

import static cn.gongkai.intake.FileRejectionReason.NO_TITLE_COLUMN;
import static cn.gongkai.intake.corpus.CorpusCase.export;
import static cn.gongkai.intake.corpus.ExpectedFile.ingested;
import static cn.gongkai.intake.corpus.ExpectedFile.rejected;
import static cn.gongkai.intake.corpus.ExpectedRow.loaded;
import static cn.gongkai.intake.corpus.ExpectedRow.rejected;
import static cn.gongkai.intake.corpus.ExportBytes.utf16leWithBom;
import static cn.gongkai.intake.corpus.ExportBytes.utf8;
import static cn.gongkai.normalize.RejectionReason.MISSING_TITLE;
import static cn.gongkai.normalize.RejectionReason.WRONG_COLUMN_COUNT;

import java.util.List;

/** Exports whose shape is awkward: delimiters, ragged rows, blank lines, line ends, headers. */
final class LayoutExports {

  private LayoutExports() {}

  static List<CorpusCase> cases() {
    return List.of(
        export("a .tsv file is tab-separated, so commas stay in the cell", "社会组织管理科.tsv", utf8("""
                标题\t发布日期\t文号
                社会组织管理科关于2018年度社会组织年检,评估结果的公告\t2019-04-08\t示民社〔2019〕2号
                """),
            ingested("UTF-8", "社会组织管理科",
                loaded(2, "社会组织管理科关于2018年度社会组织年检,评估结果的公告", "2019-04-08")
                    .docNo("示民社〔2019〕2号"))),

        export("an upper-case .TSV extension is a .tsv", "档案科.TSV", utf8("""
                标题\t发布日期
                档案科关于民政档案数字化工作的通知\t2019-04-09
                """),
            ingested("UTF-8", "档案科", loaded(2, "档案科关于民政档案数字化工作的通知", "2019-04-09"))),

        export("tab-separated Unicode text saved as .csv: one column, no 标题", "网络信息科.csv",
            utf16leWithBom("标题\t发布日期\r\n网络信息科关于网站内容保障的通知\t2019-05-17\r\n"),
            rejected(NO_TITLE_COLUMN, "找不到标题列（表头为：标题\t发布日期）")),

        export("full-width commas (，) do not separate columns", "救灾科.csv", utf8("""
                标题，发布日期
                救灾科关于做好汛期救灾准备的通知，2019-05-21
                """),
            rejected(NO_TITLE_COLUMN, "找不到标题列（表头为：标题，发布日期）")),

        export("a ragged row too short is rejected, its neighbours load", "救助管理站.csv", utf8("""
                标题,发布日期,文号
                救助管理站关于寒冬季节流浪乞讨人员救助的通知,2019-01-16,示救〔2019〕1号
                救助管理站2019年春节返乡救助情况,2019-02-16
                救助管理站关于开展“夏季送清凉”专项救助行动的通知,2019-06-17,示救〔2019〕2号
                """),
            ingested("UTF-8", "救助管理站",
                loaded(2, "救助管理站关于寒冬季节流浪乞讨人员救助的通知", "2019-01-16").docNo("示救〔2019〕1号"),
                rejected(3, WRONG_COLUMN_COUNT, "表头有3列，这一行却有2列"),
                loaded(4, "救助管理站关于开展“夏季送清凉”专项救助行动的通知", "2019-06-17").docNo("示救〔2019〕2号"))),

        export("a ragged row too long (a non-blank extra cell) is rejected", "社会工作科.csv", utf8("""
                标题,发布日期,文号
                社会工作科关于表彰优秀社会工作者的决定,2019-04-18,示社工〔2019〕1号,多出来的一列
                社会工作科关于开展社会工作宣传周活动的通知,2019-04-19,示社工〔2019〕2号
                """),
            ingested("UTF-8", "社会工作科",
                rejected(2, WRONG_COLUMN_COUNT, "表头有3列，这一行却有4列"),
                loaded(3, "社会工作科关于开展社会工作宣传周活动的通知", "2019-04-19").docNo("示社工〔2019〕2号"))),

        export("rows padded with empty or blank cells beyond the header load", "志愿服务科.csv",
            utf8("标题,发布日期,文号\n"
                + "志愿服务科关于开展学雷锋志愿服务月活动的通知,2019-03-01,示志〔2019〕1号,,,\n"
                + "志愿服务科志愿服务记录管理办法解读,2019-03-02,, ,\u3000,\n"),
            ingested("UTF-8", "志愿服务科",
                loaded(2, "志愿服务科关于开展学雷锋志愿服务月活动的通知", "2019-03-01").docNo("示志〔2019〕1号"),
                loaded(3, "志愿服务科志愿服务记录管理办法解读", "2019-03-02").docNo(null))),

        export("a row of only empty cells (a cleared Excel row) is no row: skipped like a blank line", "行政服务科.csv",
            utf8("""
                标题,发布日期,文号
                行政服务科关于调整办事大厅工作时间的公告,2019-05-25,
                ,,
                行政服务科便民服务指南更新说明,2019-06-01,
                """),
            ingested("UTF-8", "行政服务科",
                loaded(2, "行政服务科关于调整办事大厅工作时间的公告", "2019-05-25"),
                loaded(4, "行政服务科便民服务指南更新说明", "2019-06-01"))),

        export("duplicate headers: the first column of each field wins", "彩票管理科.csv", utf8("""
                标题,发布日期,标题,公开日期,文号,发文字号
                彩票管理科2019年一季度福利彩票销售情况通报,2019-04-20,重复的标题列,2019-12-31,示彩〔2019〕1号,示彩〔2019〕99号
                """),
            ingested("UTF-8", "彩票管理科",
                loaded(2, "彩票管理科2019年一季度福利彩票销售情况通报", "2019-04-20").docNo("示彩〔2019〕1号"))),

        export("headers in full-width letters and padded with 全角空格 are recognised", "机关党委.csv",
            utf8("ＴＩＴＬＥ,\u3000发布日期\u3000, 链接 \n"
                + "机关党委关于开展主题教育的通知,2019-05-16,http://mzj.example.gov.cn/dw/1.html\n"),
            ingested("UTF-8", "机关党委",
                loaded(2, "机关党委关于开展主题教育的通知", "2019-05-16").url("http://mzj.example.gov.cn/dw/1.html"))),

        export("a caption line above the header is taken for the header", "安全生产科.csv", utf8("""
                安全生产科2019年政府信息公开目录
                标题,发布日期
                安全生产科关于开展养老机构消防安全检查的通知,2019-05-20
                """),
            rejected(NO_TITLE_COLUMN, "找不到标题列（表头为：安全生产科2019年政府信息公开目录）")),

        export("a blank line above the header is skipped like any blank line", "老干部科.csv", utf8("""

                标题,发布日期
                老干部科关于组织离退休干部健康体检的通知,2019-05-19
                """),
            ingested("UTF-8", "老干部科", loaded(3, "老干部科关于组织离退休干部健康体检的通知", "2019-05-19"))),

        export("blank lines are skipped and still counted in line numbers", "临时救助科.csv",
            utf8("标题,发布日期\n\n临时救助科关于进一步加强临时救助工作的意见,2019-04-22\n\n\n"
                + "临时救助科2019年一季度临时救助情况,2019-04-23\n\n"),
            ingested("UTF-8", "临时救助科",
                loaded(3, "临时救助科关于进一步加强临时救助工作的意见", "2019-04-22"),
                loaded(6, "临时救助科2019年一季度临时救助情况", "2019-04-23"))),

        export("lines of only spaces (ASCII, tab, 全角) are blank lines too", "特困供养科.csv",
            utf8("标题,发布日期\n特困供养科关于提高特困人员供养标准的通知,2019-04-24\n   \n\t\n\u3000\u3000\n"
                + "特困供养科2019年特困人员认定情况,2019-04-25\n"),
            ingested("UTF-8", "特困供养科",
                loaded(2, "特困供养科关于提高特困人员供养标准的通知", "2019-04-24"),
                loaded(6, "特困供养科2019年特困人员认定情况", "2019-04-25"))),

        export("Windows line ends (CRLF), a blank line and a quoted CRLF inside a cell", "医疗救助科.csv",
            utf8("标题,发布日期,摘要\r\n"
                + "医疗救助科关于做好2019年医疗救助工作的通知,2019-04-26,\"第一段\r\n第二段\"\r\n\r\n"
                + "医疗救助科2019年一季度医疗救助情况,2019-04-27,无\r\n"),
            ingested("UTF-8", "医疗救助科",
                loaded(2, "医疗救助科关于做好2019年医疗救助工作的通知", "2019-04-26").summary("第一段\r\n第二段"),
                loaded(5, "医疗救助科2019年一季度医疗救助情况", "2019-04-27").summary("无"))),

        export("old Mac line ends (CR only)", "地名管理科.csv",
            utf8("标题,发布日期\r地名管理科关于规范地名标志设置的通知,2019-04-28\r地名管理科2019年地名命名公告,2019-04-29\r"),
            ingested("UTF-8", "地名管理科",
                loaded(2, "地名管理科关于规范地名标志设置的通知", "2019-04-28"),
                loaded(3, "地名管理科2019年地名命名公告", "2019-04-29"))));
  }
}
