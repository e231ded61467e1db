package cn.gongkai.dedup;

import static cn.gongkai.dedup.PublicationKeysTest.record;
import static cn.gongkai.dedup.PublicationKeysTest.withPublisher;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.publication.Channel;
import cn.gongkai.publication.Disclosure;
import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationRecord;
import cn.gongkai.support.StableId;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicationIdTest {

  @Test
  void isThirtyTwoLowerCaseHexCharacters() {
    String id = PublicationId.of(record("11330100/2019-00012", "关于做好低保工作的通知", "民发〔2019〕3号"));

    assertThat(id).hasSize(32).matches("[0-9a-f]{32}");
  }

  @Test
  void isTheFirstHalfOfTheSha256OfTheStrongestKey() {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    assertThat(StableId.of("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223");
    assertThat(PublicationId.of(record("ABC-1", "甲", null))).isEqualTo(StableId.of("K1:ABC-1"));
    assertThat(PublicationId.of(record(null, "甲", "民发〔2019〕3号")))
        .isEqualTo(StableId.of("K2:某市民政局|民发〔2019〕3号"));
    assertThat(PublicationId.of(record(null, "《甲》", null))).isEqualTo(StableId.of("K3:甲|2019-03-08"));
  }

  @Test
  void staysTheSameForTheSameRecordReadAgainFromAnotherFileAndLine() {
    PublicationRecord first = record("11330100/2019-00012", "关于做好低保工作的通知", "民发〔2019〕3号");
    PublicationRecord again = new PublicationRecord("11330100/2019-00012", "关于做好低保工作的通知",
        "民发〔2019〕3号", "某市民政局", "某市民政局", "办公室", LocalDate.of(2019, 3, 1),
        PublicationKeysTest.PUBLISHED, Disclosure.PROACTIVE, Set.of(Channel.NEW_MEDIA), "社会救助", null,
        null, null, null, null, new Provenance("办公室.csv", 17, "办公室"));

    assertThat(PublicationId.of(again)).isEqualTo(PublicationId.of(first));
  }

  @Test
  void followsOnlyTheStrongestKey() {
    PublicationRecord one = record("11330100/2019-00012", "关于做好低保工作的通知", "民发〔2019〕3号");
    PublicationRecord sameIndexNoOtherTitleAndDocNo = record("11330100/2019-00012", "另一个标题", "民发〔2019〕9号");

    assertThat(PublicationId.of(sameIndexNoOtherTitleAndDocNo)).isEqualTo(PublicationId.of(one));
  }

  @Test
  void differsWhenTheStrongestKeyDiffers() {
    String byIndexNo = PublicationId.of(record("11330100/2019-00012", "甲", "民发〔2019〕3号"));
    String byOtherIndexNo = PublicationId.of(record("11330100/2019-00013", "甲", "民发〔2019〕3号"));
    String byDocNo = PublicationId.of(record(null, "甲", "民发〔2019〕3号"));
    String byOtherPublisher = PublicationId.of(withPublisher(record(null, "甲", "民发〔2019〕3号"), "某省民政厅"));
    String byTitle = PublicationId.of(record(null, "甲", null));
    String byOtherTitle = PublicationId.of(record(null, "乙", null));

    assertThat(Set.of(byIndexNo, byOtherIndexNo, byDocNo, byOtherPublisher, byTitle, byOtherTitle)).hasSize(6);
  }
}
