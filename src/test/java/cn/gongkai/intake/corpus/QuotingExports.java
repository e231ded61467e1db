package cn.gongkai.intake.corpus;

import static cn.gongkai.intake.FileRejectionReason.NOT_CSV;
import static cn.gongkai.intake.corpus.CorpusCase.export;
import static cn.gongkai.intake.corpus.ExpectedFile.ingested;
import static cn.gongkai.intake.corpus.ExpectedFile.rejected;
import static cn.gongkai.intake.corpus.ExpectedRow.loaded;
import static cn.gongkai.intake.corpus.ExpectedRow.rejected;
import static cn.gongkai.intake.corpus.ExportBytes.utf8;
import static cn.gongkai.intake.corpus.ExportBytes.utf8WithBom;
import static cn.gongkai.normalize.RejectionReason.MALFORMED_CSV;
import static cn.gongkai.normalize.RejectionReason.WRONG_COLUMN_COUNT;

import java.util.List;

/**
 * Quoted fields, well and badly formed. A broken quote rejects the row it starts on, and reading goes
 * on from the next line, so the rows after it are read again and load.
 */
final class QuotingExports {

  private QuotingExports() {}

  static List<CorpusCase> cases() {
    return List.of(
        export("a quoted field with an embedded comma", "老龄工作科.csv", utf8("""
                标题,发布日期
                "老龄工作科关于印发《老年人优待办法》的通知,含实施细则",2019-04-10
                """),
            ingested("UTF-8", "老龄工作科",
                loaded(2, "老龄工作科关于印发《老年人优待办法》的通知,含实施细则", "2019-04-10"))),

        export("a quoted field with embedded newlines: the next row starts three lines later", "基层政权科.csv",
            utf8("""
                标题,发布日期,摘要
                基层政权科关于做好村民委员会换届选举工作的通知,2019-04-11,"一、总体要求
                二、工作步骤
                三、有关要求"
                基层政权科村委会换届选举工作简报,2019-04-12,第一期
                """),
            ingested("UTF-8", "基层政权科",
                loaded(2, "基层政权科关于做好村民委员会换届选举工作的通知", "2019-04-11")
                    .summary("一、总体要求\n二、工作步骤\n三、有关要求"),
                loaded(5, "基层政权科村委会换届选举工作简报", "2019-04-12").summary("第一期"))),

        export("doubled quotes inside a quoted field are one quote", "社区治理科.csv", utf8("""
                标题,发布日期
                "社区治理科关于开展""最美社区工作者""评选的通知",2019-04-15
                """),
            ingested("UTF-8", "社区治理科",
                loaded(2, "社区治理科关于开展\"最美社区工作者\"评选的通知", "2019-04-15"))),

        export("bare quotes inside an unquoted field are kept as written", "区域协作科.csv", utf8("""
                标题,发布日期
                区域协作科关于推进"放管服"改革的实施意见,2019-05-22
                """),
            ingested("UTF-8", "区域协作科",
                loaded(2, "区域协作科关于推进\"放管服\"改革的实施意见", "2019-05-22"))),

        export("a space before an opening quote makes the quote literal, so the comma splits the cell",
            "后勤服务中心.csv", utf8("""
                标题,发布日期,摘要
                后勤服务中心关于机关食堂管理的通知,2019-05-23, "用餐时间,地点"
                后勤服务中心关于办公用房调整的通知,2019-05-24,"时间,地点"
                """),
            ingested("UTF-8", "后勤服务中心",
                rejected(2, WRONG_COLUMN_COUNT, "表头有3列，这一行却有4列"),
                loaded(3, "后勤服务中心关于办公用房调整的通知", "2019-05-24").summary("时间,地点"))),

        export("a byte-order mark before a quoted header: the header is still recognised", "社会福利中心.csv",
            utf8WithBom("\"标题\",\"发布日期\",\"文号\"\r\n"
                + "\"社会福利中心关于开放日活动安排的公告\",\"2019-05-18\",\"示福中〔2019〕1号\"\r\n"),
            ingested("UTF-8", "社会福利中心",
                loaded(2, "社会福利中心关于开放日活动安排的公告", "2019-05-18").docNo("示福中〔2019〕1号"))),

        export("a quote opened mid-file and closed by a later one: that row is rejected, the next lines load",
            "信息中心.csv", utf8("""
                标题,发布日期
                信息中心关于政务网站安全检查的通知,2019-05-06
                "信息中心关于政务信息系统整合的通知,2019-05-07
                信息中心2019年网站工作年度报表,2019-05-08
                "信息中心关于启用新版门户网站的公告",2019-05-09
                信息中心网络安全宣传周活动方案,2019-05-10
                """),
            ingested("UTF-8", "信息中心",
                loaded(2, "信息中心关于政务网站安全检查的通知", "2019-05-06"),
                rejected(3, MALFORMED_CSV, "这一行不是有效的CSV记录"),
                loaded(4, "信息中心2019年网站工作年度报表", "2019-05-08"),
                loaded(5, "信息中心关于启用新版门户网站的公告", "2019-05-09"),
                loaded(6, "信息中心网络安全宣传周活动方案", "2019-05-10"))),

        export("a quote never closed on the last row: that row is rejected", "低保审核中心.csv", utf8("""
                标题,发布日期
                低保审核中心2019年4月低保审核情况,2019-05-11
                "低保审核中心2019年5月低保审核情况,2019-05-12
                """),
            ingested("UTF-8", "低保审核中心",
                loaded(2, "低保审核中心2019年4月低保审核情况", "2019-05-11"),
                rejected(3, MALFORMED_CSV, "开头的双引号没有配对的结束引号"))),

        export("text after a closing quote (\"a\"b,) is rejected, the next row loads", "规划财务科.csv", utf8("""
                标题,发布日期
                "规划财务科2019年部门预算"公开说明,2019-05-13
                规划财务科2018年部门决算公开,2019-05-14
                """),
            ingested("UTF-8", "规划财务科",
                rejected(2, MALFORMED_CSV, "结束引号后面紧跟着其他字符"),
                loaded(3, "规划财务科2018年部门决算公开", "2019-05-14"))),

        export("two broken quotes around multi-line cells: every line number stays right", "计划财务科.csv",
            utf8("""
                标题,发布日期,摘要
                计划财务科2019年部门预算公开,2019-05-27,"预算收入
                预算支出"
                "计划财务科"预算说明,2019-05-28,
                计划财务科2018年部门决算公开说明,2019-05-29,"决算收入
                决算支出"
                "计划财务科政府采购意向公开,2019-05-30,
                计划财务科2019年政府采购计划,2019-05-31,
                """),
            ingested("UTF-8", "计划财务科",
                loaded(2, "计划财务科2019年部门预算公开", "2019-05-27").summary("预算收入\n预算支出"),
                rejected(4, MALFORMED_CSV, "结束引号后面紧跟着其他字符"),
                loaded(5, "计划财务科2018年部门决算公开说明", "2019-05-29").summary("决算收入\n决算支出"),
                rejected(7, MALFORMED_CSV, "开头的双引号没有配对的结束引号"),
                loaded(8, "计划财务科2019年政府采购计划", "2019-05-31"))),

        export("a header that is not a CSV record rejects the file", "人事科.csv", utf8("""
                "标题"表,发布日期
                人事科2019年公开招聘工作人员公告,2019-05-15
                """),
            rejected(NOT_CSV, "文件不是有效的CSV，表头就无法读取")));
  }
}
