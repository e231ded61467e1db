package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gongkai.intake.RawRow;
import cn.gongkai.intake.SourceDefaults;
import cn.gongkai.intake.SourceRow;
import cn.gongkai.normalize.RowNormalizer;
import cn.gongkai.normalize.RowRejectedException;
import cn.gongkai.publication.PublicationField;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rejected row as rejects.csv and the rejects index keep it: the row whole, its numbers masked. */
class RejectEntryTest {

  /** The four numbers, as clerks typed them: full-width digits, U+3000 groups, full-width hyphens. */
  private static final String TITLE = "关于张三（联系电话１３８１２３４５６７８）困难救助的公示";
  private static final String IDENTITY = "３２０１０２１９８００１０１１２３８";
  private static final String SPACED = "138　1234　5678";
  private static final String HYPHENED = "139－0123－4567";

  @Test
  void masksNumbersOfAnyWidthInTheRawTextTheMessageAndTheDepartmentOfARejectedRow() {
    String raw = TITLE + "," + IDENTITY + "," + SPACED + "," + HYPHENED;
    SourceRow row = new SourceRow("社会救助科.csv", 3, Map.of(PublicationField.TITLE, TITLE,
        PublicationField.PUBLISHED_DATE, IDENTITY, PublicationField.SUMMARY, SPACED,
        PublicationField.DEPARTMENT, "社会救助科" + HYPHENED), 4, 4, new RawRow.Verbatim(raw),
        new SourceDefaults("示例市民政局", "办公室"), null);
    RowRejectedException rejected = catchThrowableOfType(RowRejectedException.class,
        () -> new RowNormalizer().normalize(row));

    RejectEntry entry = RejectEntry.ofRow(row, rejected.rejection(), "checksum");

    assertThat(rejected.rejection().message()).as("the message quotes the date cell").contains(IDENTITY);
    assertThat(entry.raw()).isEqualTo(
        "关于张三（联系电话138****5678）困难救助的公示,320*************38,138****5678,139****4567");
    assertThat(entry.message()).contains("320*************38").doesNotContain(IDENTITY);
    assertThat(entry.department()).isEqualTo("社会救助科139****4567");
  }
}
