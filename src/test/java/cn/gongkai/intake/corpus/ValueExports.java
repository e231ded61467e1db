package cn.gongkai.intake.corpus;

import static cn.gongkai.intake.corpus.CorpusCase.export;
import static cn.gongkai.intake.corpus.ExpectedFile.ingested;
import static cn.gongkai.intake.corpus.ExpectedRow.loaded;
import static cn.gongkai.intake.corpus.ExpectedRow.rejected;
import static cn.gongkai.intake.corpus.ExportBytes.concat;
import static cn.gongkai.intake.corpus.ExportBytes.repeated;
import static cn.gongkai.intake.corpus.ExportBytes.utf8;
import static cn.gongkai.normalize.RejectionReason.MISSING_PUBLISHED_DATE;
import static cn.gongkai.normalize.RejectionReason.MISSING_TITLE;
import static cn.gongkai.normalize.RejectionReason.UNKNOWN_DISCLOSURE;
import static cn.gongkai.normalize.RejectionReason.UNKNOWN_VALIDITY;
import static cn.gongkai.publication.Channel.GOVERNMENT_WEBSITE;
import static cn.gongkai.publication.Channel.NEW_MEDIA;
import static cn.gongkai.publication.Channel.OTHER;
import static cn.gongkai.publication.Disclosure.NOT_DISCLOSED;
import static cn.gongkai.publication.Disclosure.ON_REQUEST;
import static cn.gongkai.publication.Disclosure.PROACTIVE;

import java.util.List;

/** Values that are missing, placeholders, outside a vocabulary, or enormous. */
final class ValueExports {

  /** A summary cell of 10 × 1024 × 1024 characters (10 MB in UTF-8). */
  static final int TEN_MEGABYTES = 10 * 1024 * 1024;

  private ValueExports() {}

  static List<CorpusCase> cases() {
    return List.of(
        export("a missing or blank 标题 rejects the row", "纪检监察室.csv",
            utf8("标题,发布日期\n,2019-06-01\n\u3000 ,2019-06-02\n纪检监察室关于重申廉洁纪律的通知,2019-06-03\n"),
            ingested("UTF-8", "纪检监察室",
                rejected(2, MISSING_TITLE, "标题为空，请填写该条信息的标题"),
                rejected(3, MISSING_TITLE, "标题为空"),
                loaded(4, "纪检监察室关于重申廉洁纪律的通知", "2019-06-03"))),

        export("a missing, blank or placeholder 发布日期 rejects the row", "宣传教育科.csv",
            utf8("标题,发布日期\n宣传教育科宣传稿之一,\n宣传教育科宣传稿之二,  \n宣传教育科宣传稿之三,无\n"
                + "宣传教育科关于开展民政法规宣传的通知,2019-06-04\n"),
            ingested("UTF-8", "宣传教育科",
                rejected(2, MISSING_PUBLISHED_DATE, "发布日期为空，请填写实际发布日期"),
                rejected(3, MISSING_PUBLISHED_DATE, "发布日期为空"),
                rejected(4, MISSING_PUBLISHED_DATE, "发布日期为空"),
                loaded(5, "宣传教育科关于开展民政法规宣传的通知", "2019-06-04"))),

        export("placeholders (无, /, ——) in 文号 and 索引号 mean none; real ones are normalized", "办公室秘书科.csv",
            utf8("""
                索引号,标题,发布日期,文号
                无,秘书科关于做好端午节假期值班工作的通知,2019-06-05,无
                /,秘书科2019年5月大事记,2019-06-06,/
                ｇｋ-2019-0007,秘书科关于印发公文处理办法的通知,2019-06-07,示民办[2019] 7号
                ——,秘书科关于调整议事协调机构的通知,2019-06-08,（2019）示民办8号
                """),
            ingested("UTF-8", "办公室秘书科",
                loaded(2, "秘书科关于做好端午节假期值班工作的通知", "2019-06-05").indexNo(null).docNo(null),
                loaded(3, "秘书科2019年5月大事记", "2019-06-06").indexNo(null).docNo(null),
                loaded(4, "秘书科关于印发公文处理办法的通知", "2019-06-07")
                    .indexNo("GK-2019-0007").docNo("示民办〔2019〕7号"),
                loaded(5, "秘书科关于调整议事协调机构的通知", "2019-06-08").indexNo(null).docNo("〔2019〕示民办8号"))),

        export("unknown 公开渠道 values fold into 其他 and are listed", "新闻宣传科.csv", utf8("""
                标题,发布日期,公开渠道
                新闻宣传科民政开放日活动报道,2019-06-10,政府网站、抖音号、电视台
                新闻宣传科民政政策解读,2019-06-11,微信公众号;APP
                新闻宣传科2019年新闻发布工作要点,2019-06-12,
                """),
            ingested("UTF-8", "新闻宣传科",
                loaded(2, "新闻宣传科民政开放日活动报道", "2019-06-10")
                    .channels(GOVERNMENT_WEBSITE, OTHER).unknownChannels("抖音号", "电视台"),
                loaded(3, "新闻宣传科民政政策解读", "2019-06-11").channels(NEW_MEDIA).unknownChannels(),
                loaded(4, "新闻宣传科2019年新闻发布工作要点", "2019-06-12")
                    .channels(GOVERNMENT_WEBSITE).unknownChannels())),

        export("an unknown 公开方式 rejects the row; known ones and blank load", "政务公开科.csv", utf8("""
                标题,发布日期,公开方式
                政务公开科关于部分公开事项的说明,2019-06-13,部分公开
                政务公开科依申请公开答复书,2019-06-14,依申请
                政务公开科不予公开告知书,2019-06-15,不予公开
                政务公开科2019年政务公开工作要点,2019-06-16,
                """),
            ingested("UTF-8", "政务公开科",
                rejected(2, UNKNOWN_DISCLOSURE, "公开方式“部分公开”无法识别，请填写主动公开、依申请公开或不予公开"),
                loaded(3, "政务公开科依申请公开答复书", "2019-06-14").disclosure(ON_REQUEST),
                loaded(4, "政务公开科不予公开告知书", "2019-06-15").disclosure(NOT_DISCLOSED),
                loaded(5, "政务公开科2019年政务公开工作要点", "2019-06-16").disclosure(PROACTIVE))),

        export("an unknown 有效性 rejects the row", "规范性文件审查科.csv", utf8("""
                标题,发布日期,有效性
                审查科关于规范性文件清理结果的公告,2019-06-17,作废
                审查科规范性文件备案审查办法,2019-06-18,现行有效
                """),
            ingested("UTF-8", "规范性文件审查科",
                rejected(2, UNKNOWN_VALIDITY, "有效性“作废”无法识别"),
                loaded(3, "审查科规范性文件备案审查办法", "2019-06-18"))),

        export("a 责任部门 column names the department; blank falls back to the file name", "综合科.csv", utf8("""
                标题,发布日期,责任部门
                综合科关于社会事务工作的通知,2019-06-19,社会事务科
                综合科2019年上半年工作总结,2019-06-20,
                """),
            ingested("UTF-8", "综合科",
                loaded(2, "综合科关于社会事务工作的通知", "2019-06-19").department("社会事务科"),
                loaded(3, "综合科2019年上半年工作总结", "2019-06-20"))),

        export("a 10 MB summary cell loads whole, and the row after it too", "信息公开办.csv",
            concat(utf8("标题,发布日期,摘要\n信息公开办2019年政府信息公开目录全文,2019-06-21,\""),
                repeated('x', TEN_MEGABYTES),
                utf8("\"\n信息公开办2019年政府信息公开指南,2019-06-22,指南\n")),
            ingested("UTF-8", "信息公开办",
                loaded(2, "信息公开办2019年政府信息公开目录全文", "2019-06-21").summaryLength(TEN_MEGABYTES),
                loaded(3, "信息公开办2019年政府信息公开指南", "2019-06-22").summary("指南"))));
  }
}
