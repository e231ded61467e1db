package cn.gongkai.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** The load's progress lines: what they say, and how often they are drawn. */
class LoadProgressTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void aLineSaysRowsRateShareOfTheFileAndTimeLeft() {
    ReadPosition position = new ReadPosition("办公室.csv", 2, 5, 41_200, 7_000_000, 14_000_000);

    String line = ProgressLine.of(position, 36_000, 6_000_000, 3 * SECOND).render();

    assertThat(line).isEqualTo("[2/5] 办公室.csv: 41,200 rows, 12,000 rows/s, 50% of 14.0 MB, about 4 s left");
  }

  @Test
  void longWaitsAreShownInMinutesAndHours() {
    ReadPosition position = new ReadPosition("a.csv", 1, 1, 10, 1_000, 10_000_000);

    assertThat(ProgressLine.of(position, 10, 1_000, SECOND).render()).endsWith("about 2 h 46 min left");
    assertThat(ProgressLine.of(position, 10, 100_000, SECOND).render()).endsWith("about 1 min 40 s left");
  }

  @Test
  void onATerminalEachFileEndsWithItsLineAndIsRedrawnAtMostFourTimesASecond() {
    AtomicReference<ReadPosition> position = new AtomicReference<>();
    AtomicLong now = new AtomicLong();
    ByteArrayOutputStream drawn = new ByteArrayOutputStream();
    Map<String, Long> read = Map.of("a.csv", 300L, "b.csv", 50L, "c.csv", 1L, "d.csv", 20L);
    List<String> names = List.of("a.csv", "b.csv", "c.csv", "d.csv");
    LoadProgress progress = new LoadProgress(position::get, ordinal -> names.get(ordinal - 1), read::get, new PrintStream(drawn, true, StandardCharsets.UTF_8),
        now::get);
    StepExecution step = new StepExecution("load", new JobExecution(1L, new JobInstance(1L, "job"), new JobParameters()));

    progress.beforeStep(step);
    for (int chunk = 1; chunk <= 3; chunk++) {
      now.addAndGet(SECOND / 5);
      position.set(new ReadPosition("a.csv", 1, 4, 100L * chunk, 1_000L * chunk, 3_000));
      progress.afterChunk(new Chunk<>());
    }
    now.addAndGet(SECOND);
    position.set(new ReadPosition("b.csv", 2, 4, 50, 500, 500));
    progress.afterChunk(new Chunk<>());
    now.addAndGet(SECOND);
    position.set(new ReadPosition("d.csv", 4, 4, 20, 200, 200)); // c.csv read whole within the chunk
    progress.afterChunk(new Chunk<>());
    progress.afterStep(step);

    String[] lines = drawn.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).as("a redraw 0.4 s after the first chunk (not at 0.2 s), then the file's last line")
        .startsWith("\r[1/4] a.csv: 300 rows, 500 rows/s, 100% of 0.0 MB")
        .endsWith("\r[1/4] a.csv: 300 rows read in 1.6 s (188 rows/s)\u001B[K");
    assertThat(lines[0].split("\r", -1)).hasSize(3);
    assertThat(lines[1]).startsWith("\r[2/4] b.csv: 50 rows read in");
    assertThat(lines[2]).isEqualTo("\r[3/4] c.csv: 1 row read\u001B[K");
    assertThat(lines[3]).startsWith("\r[4/4] d.csv: 20 rows read in");
  }
}
