package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class BenchPlanTest {

  private static final LocalDateTime STARTED = LocalDateTime.of(2026, 11, 22, 10, 15, 2);

  @Test
  void namesEveryPhasesIndicesAfterTheRunsStartSoTheyNeverMeetAnInstallationsOwn() {
    BenchPlan plan = plan(null);

    assertThat(plan.prefix("warmup")).isEqualTo("bench-20261122101502-warmup");
    assertThat(plan.prefix("pipeline")).isEqualTo("bench-20261122101502-pipeline");
    assertThat(plan.indexPattern()).isEqualTo("bench-20261122101502-*");
  }

  @Test
  void writesItsResultsIntoTheDataDirectoryUnlessToldWhere() {
    assertThat(plan(null).resultsFile(Path.of("/srv/data")))
        .isEqualTo(Path.of("/srv/data/bench/bench-20261122101502.json"));
    assertThat(plan(Path.of("/tmp/results.json")).resultsFile(Path.of("/srv/data"))).isEqualTo(Path.of("/tmp/results.json"));
  }

  @Test
  void generatesTheYearsGenerateWritesByDefaultForTheInstallationsOrganization() {
    var sample = plan(null).sample("某市人社局");

    assertThat(sample.firstYear()).isEqualTo(2015);
    assertThat(sample.lastYear()).isEqualTo(2024);
    assertThat(sample.organization()).isEqualTo("某市人社局");
    assertThat(sample.distinctPublications()).isEqualTo(2_400);
  }

  @Test
  void refusesWhatCannotBeMeasured() {
    assertThatIllegalArgumentException().isThrownBy(() -> new BenchPlan(0, 1, 0.2, null, false, null, 5, STARTED));
    assertThatIllegalArgumentException().isThrownBy(() -> new BenchPlan(10, 1, 1.5, null, false, null, 5, STARTED));
    assertThatIllegalArgumentException().isThrownBy(() -> new BenchPlan(10, 1, 0.2, null, false, null, 0, STARTED));
  }

  private static BenchPlan plan(Path out) {
    return new BenchPlan(3_000, 20191, 0.2, null, false, out, 5, STARTED);
  }
}
