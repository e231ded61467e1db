package cn.gongkai.dedup;

import static cn.gongkai.dedup.PublicationKeysTest.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.publication.PublicationRecord;
import cn.gongkai.support.StableId;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationKeyIdsTest {

  private static final List<PublicationRecord> ROWS = List.of(
      record("11330100/2019-00012", "关于做好低保工作的通知", "民发〔2019〕3号"),
      record(null, "关于做好低保工作的通知", "民发〔2019〕3号"),
      record(null, "关于做好低保工作的通知。", null));

  /** What the document stored and the deduplicator named a publication by before they shared this. */
  @Test
  void areTheIdsOfEveryKeyOfTheRowsEachOnceSortedAndNameAPublicationAfterItsSmallestKey() {
    PublicationKeyIds ids = PublicationKeyIds.of(ROWS);

    List<String> keys = ROWS.stream().flatMap(row -> PublicationKeys.of(row).stream()).toList();
    assertThat(ids.sorted()).isEqualTo(keys.stream().map(StableId::of).distinct().sorted().toList());
    assertThat(ids.sorted()).hasSize(3); // K1, K2 and K3: the last row's title folds to the others'
    assertThat(ids.ofSmallestKey()).isEqualTo(StableId.of(keys.stream().min(Comparator.naturalOrder()).orElseThrow()));
  }

  @Test
  void aPublicationHasAtLeastOneRow() {
    assertThatThrownBy(() -> PublicationKeyIds.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
