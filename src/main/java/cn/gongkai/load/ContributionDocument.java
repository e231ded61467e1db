package cn.gongkai.load;

import cn.gongkai.publication.Channel;
import cn.gongkai.publication.Disclosure;
import cn.gongkai.publication.DocType;
import cn.gongkai.publication.Labelled;
import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationRecord;
import cn.gongkai.publication.Validity;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One distinct row of a publication, as kept (unindexed) in its document, so that a row arriving
 * later merges with it by the same rules. Labels in Chinese and dates in ISO, as everywhere.
 */
public record ContributionDocument(
    String indexNo, String title, String docNo, String publisher, String organization, String department,
    String createdDate, String publishedDate, String disclosure, List<String> channels, String declaredCategory,
    String docType, String validity, String repealedDate, String url, String summary, String file, long line,
    String rowDepartment) {

  PublicationRecord toRecord() {
    Set<Channel> channelSet = EnumSet.noneOf(Channel.class);
    channels.forEach(label -> channelSet.add(Labelled.byLabel(Channel.class, label).orElseThrow()));
    return new PublicationRecord(indexNo, title, docNo, publisher, organization, department, date(createdDate),
        LocalDate.parse(publishedDate), Labelled.byLabel(Disclosure.class, disclosure).orElseThrow(), channelSet,
        declaredCategory, docType == null ? null : Labelled.byLabel(DocType.class, docType).orElseThrow(),
        validity == null ? null : Labelled.byLabel(Validity.class, validity).orElseThrow(), date(repealedDate), url,
        summary, new Provenance(file, line, rowDepartment));
  }

  private static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
