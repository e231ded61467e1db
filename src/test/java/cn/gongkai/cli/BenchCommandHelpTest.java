package cn.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchCommandHelpTest {

  @Test
  void helpSaysWhatTheRatioIsWhatTheBaselineLeavesOutAndThatTheJobRepositoryRecordsTheRuns() {
    String help = usageWithoutWarnings();

    assertThat(help)
        .contains("--records=N", "--inbox=DIR", "--keep", "--out=FILE", "--seed", "--duplicates=SHARE")
        .contains("ratio = pipeline publication docs/s over the raw baseline's docs/s")
        .contains("first 20 % into throwaway indices")
        .contains("Only the publication documents")
        .contains("job repository");
  }

  /** picocli formats descriptions with String.format: a stray % prints a warning and the raw text. */
  private static String usageWithoutWarnings() {
    PrintStream before = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      String help = GongkaiCli.commandLine().getSubcommands().get("bench").getUsageMessage();
      assertThat(err.toString(StandardCharsets.UTF_8)).as("picocli's warnings").isEmpty();
      return help;
    } finally {
      System.setErr(before);
    }
  }
}
