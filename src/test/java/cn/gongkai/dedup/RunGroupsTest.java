package cn.gongkai.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.publication.Provenance;
import cn.gongkai.support.StableId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first pass of the load: which rows of a run make one publication, and where a restart resumes. */
class RunGroupsTest {

  @Test
  void rowsSharingAKeyTransitivelyAreOneGroupNamedByItsFirstRowAndCompletedByItsLast() {
    RunGroups.Builder builder = new RunGroups.Builder();
    builder.file("a.csv");
    builder.row(at("a.csv", 2), 0, List.of("K1:GK-1"));
    builder.row(at("a.csv", 3), 1, List.of("K3:乙|2019-01-01"));
    builder.row(at("a.csv", 5), 3, List.of("K1:GK-1", "K2:示例|9号"));
    builder.file("b.csv");
    builder.row(at("b.csv", 2), 0, List.of("K2:示例|9号"));
    RunGroups groups = builder.build();

    assertThat(groups.rows()).isEqualTo(4);
    assertThat(groups.group(0)).isZero();
    assertThat(groups.group(2)).isZero();
    assertThat(groups.group(3)).as("linked through row 2's K2").isZero();
    assertThat(groups.size(0)).isEqualTo(3);
    assertThat(groups.completes(2)).isFalse();
    assertThat(groups.completes(3)).isTrue();
    assertThat(groups.alone(1)).isTrue();
    assertThat(groups.alone(0)).isFalse();
  }

  @Test
  void findsEachRowByItsFileAndLine() {
    RunGroups.Builder builder = new RunGroups.Builder();
    builder.file("a.csv");
    builder.row(at("a.csv", 2), 0, List.of("K1:1"));
    builder.row(at("a.csv", 7), 2, List.of("K1:2"));
    builder.file("empty.csv");
    builder.file("b.csv");
    builder.row(at("b.csv", 4), 1, List.of("K1:3"));
    RunGroups groups = builder.build();

    assertThat(groups.ordinal(at("a.csv", 7))).isEqualTo(1);
    assertThat(groups.ordinal(at("b.csv", 4))).isEqualTo(2);
    assertThat(groups.ordinal(at("a.csv", 3))).as("a rejected row").isEqualTo(-1);
    assertThat(groups.ordinal(at("c.csv", 2))).isEqualTo(-1);
  }

  @Test
  void resumesAfterTheAcceptedRowsBeforeAReadingPosition() {
    RunGroups.Builder builder = new RunGroups.Builder();
    builder.file("a.csv");
    builder.row(at("a.csv", 2), 0, List.of("K1:1"));
    builder.row(at("a.csv", 4), 2, List.of("K1:2")); // the row read second was rejected
    builder.file("b.csv");
    builder.row(at("b.csv", 2), 0, List.of("K1:1"));
    RunGroups groups = builder.build();

    assertThat(groups.ordinalAt(0, 0)).isZero();
    assertThat(groups.ordinalAt(0, 2)).isEqualTo(1);
    assertThat(groups.ordinalAt(0, 3)).isEqualTo(2);
    assertThat(groups.ordinalAt(1, 0)).isEqualTo(2);
    assertThat(groups.ordinalAt(2, 0)).isEqualTo(3);
    assertThat(groups.openAt(groups.group(0), 2)).as("its last row, b.csv line 2, is not yet written").isTrue();
    assertThat(groups.openAt(groups.group(1), 2)).isFalse();
  }

  @Test
  void rowsReachingTheSameLoadedPublicationByDifferentKeysAreOneGroupThatReachesIt() {
    RunGroups.Builder builder = new RunGroups.Builder();
    builder.file("a.csv");
    builder.row(at("a.csv", 2), 0, List.of("K1:GK-1"));
    builder.row(at("a.csv", 3), 1, List.of("K2:示例|9号"));
    builder.row(at("a.csv", 4), 2, List.of("K1:GK-9"));
    List<List<String>> lookups = new ArrayList<>();
    builder.forEachKeyIdBatch(2, lookups::add);
    builder.reach(StableId.of("K1:GK-1"), "loaded-1");
    builder.reach(StableId.of("K2:示例|9号"), "loaded-1");
    builder.reach(StableId.of("K1:GK-9"), "loaded-2");
    RunGroups groups = builder.build();

    assertThat(lookups).hasSize(2);
    assertThat(lookups.stream().flatMap(List::stream))
        .containsExactlyInAnyOrder(StableId.of("K1:GK-1"), StableId.of("K2:示例|9号"), StableId.of("K1:GK-9"));
    assertThat(groups.group(1)).isEqualTo(groups.group(0));
    assertThat(groups.reached(groups.group(0))).containsExactly("loaded-1");
    assertThat(groups.reached(groups.group(2))).containsExactly("loaded-2");
    assertThat(groups.alone(2)).as("it merges into loaded-2").isFalse();
    assertThat(groups.groupsReachingLoaded()).isEqualTo(2);
  }

  @Test
  void refusesRowsOutOfLineOrderAndKeysNoRowHas() {
    RunGroups.Builder builder = new RunGroups.Builder();
    builder.file("a.csv");
    builder.row(at("a.csv", 5), 0, List.of("K1:1"));

    assertThatThrownBy(() -> builder.row(at("a.csv", 3), 1, List.of("K1:2"))).hasMessageContaining("line 3");
    assertThatThrownBy(() -> builder.reach(StableId.of("K1:9"), "x")).hasMessageContaining("no row");
  }

  @Test
  void keepsManyKeysApartAcrossTheTablesGrowth() {
    RunGroups.Builder builder = new RunGroups.Builder();
    builder.file("a.csv");
    for (int i = 0; i < 20_000; i++) {
      builder.row(at("a.csv", i + 2), i, List.of("K1:" + i, "K3:" + (i / 2)));
    }
    RunGroups groups = builder.build();

    assertThat(builder.keys()).isEqualTo(30_000);
    for (int i = 0; i < 20_000; i += 2) {
      assertThat(groups.group(i + 1)).isEqualTo(i);
      assertThat(groups.completes(i + 1)).isTrue();
    }
  }

  private static Provenance at(String file, long line) {
    return new Provenance(file, line, "办公室");
  }
}
