package cn.gongkai.intake.corpus;

import static cn.gongkai.intake.corpus.CorpusCase.export;
import static cn.gongkai.intake.FileRejectionReason.UNKNOWN_ENCODING;
import static cn.gongkai.intake.corpus.ExpectedFile.ingested;
import static cn.gongkai.intake.corpus.ExpectedFile.rejected;
import static cn.gongkai.intake.corpus.ExpectedRow.loaded;
import static cn.gongkai.intake.corpus.ExpectedRow.rejected;
import static cn.gongkai.intake.corpus.ExportBytes.gbk;
import static cn.gongkai.intake.corpus.ExportBytes.utf8;
import static cn.gongkai.normalize.RejectionReason.IMPOSSIBLE_DATE;
import static cn.gongkai.normalize.RejectionReason.UNPARSEABLE_DATE;
import static cn.gongkai.publication.Channel.GOVERNMENT_WEBSITE;
import static cn.gongkai.publication.Channel.NEW_MEDIA;

import java.util.List;

/**
 * Exports read by a source definition: a pinned charset, a delimiter, explicit headers, a date
 * format. Each definition's glob names its own file only, so all of them can share one sources
 * folder and all the corpus files one inbox.
 */
final class SourceExports {

  private SourceExports() {}

  static List<CorpusCase> cases() {
    return List.of(
        export("GBK pinned by its source (charset: GBK), department from the source", "低保中心.csv", gbk("""
                标题,发布日期
                低保中心关于开展低保对象动态管理的通知,2019年7月3日
                """),
            ingested("GBK", "城乡低保中心",
                loaded(2, "低保中心关于开展低保对象动态管理的通知", "2019-07-03")))
            .describedBy("corpus-low-income.yml", """
                files: 低保中心.csv
                department: 城乡低保中心
                charset: GBK
                """),

        export("a source pinning the wrong charset (UTF-8 for a GBK file): the header says which", "救灾物资储备库.csv",
            gbk("""
                标题,发布日期
                救灾物资储备库2019年物资轮换公告,2019年7月8日
                """),
            rejected(UNKNOWN_ENCODING, "数据源配置“corpus-relief-stores”指定的charset可能不对"))
            .describedBy("corpus-relief-stores.yml", """
                files: 救灾物资储备库.csv
                charset: UTF-8
                """),

        export("explicit headers (名称: title, 日期: publishedDate)", "行政审批科.csv", utf8("""
                名称,日期,事项编码
                行政审批科关于优化社会团体登记流程的公告,2019-07-04,SP-001
                """),
            ingested("UTF-8", "行政审批科",
                loaded(2, "行政审批科关于优化社会团体登记流程的公告", "2019-07-04")))
            .describedBy("corpus-approvals.yml", """
                files: 行政审批科.csv
                headers:
                  名称: title
                  日期: publishedDate
                """),

        export("a source's dateFormat dd/MM/yyyy: good, impossible and unreadable dates in it", "涉外婚姻登记科.csv",
            utf8("""
                标题,发布日期
                涉外婚姻登记科关于涉外婚姻登记预约的公告,19/01/2018
                涉外婚姻登记科公告之二,30/02/2019
                涉外婚姻登记科公告之三,01/19/2018
                涉外婚姻登记科公告之四,1/2/2019
                涉外婚姻登记科2019年涉外婚姻登记情况,2019-07-05
                """),
            ingested("UTF-8", "涉外婚姻登记科",
                loaded(2, "涉外婚姻登记科关于涉外婚姻登记预约的公告", "2018-01-19"),
                rejected(3, IMPOSSIBLE_DATE, "发布日期“30/02/2019”不存在（按dd/MM/yyyy的格式，没有这一天）"),
                rejected(4, IMPOSSIBLE_DATE, "发布日期“01/19/2018”不存在（按dd/MM/yyyy的格式，没有这一天）"),
                rejected(5, UNPARSEABLE_DATE, "发布日期“1/2/2019”无法识别，请写成dd/MM/yyyy、2019-03-01"),
                loaded(6, "涉外婚姻登记科2019年涉外婚姻登记情况", "2019-07-05")))
            .describedBy("corpus-foreign-marriage.yml", """
                files: 涉外婚姻登记科.csv
                dateFormat: dd/MM/yyyy
                """),

        export("a semicolon delimiter pinned by its source", "对外交流科.csv", utf8("""
                标题;发布日期;公开渠道
                对外交流科关于港澳台社会组织交流活动的通知,含附件;2019-07-08;政府网站,微信
                """),
            ingested("UTF-8", "对外交流科",
                loaded(2, "对外交流科关于港澳台社会组织交流活动的通知,含附件", "2019-07-08")
                    .channels(GOVERNMENT_WEBSITE, NEW_MEDIA)))
            .describedBy("corpus-exchanges.yml", """
                files: 对外交流科.csv
                delimiter: ";"
                """));
  }
}
