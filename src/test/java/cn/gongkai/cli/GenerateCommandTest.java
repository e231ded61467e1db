package cn.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.sample.ExportEncoding;
import cn.gongkai.sample.SampleSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** generate in process: it needs no Spring context and no Elasticsearch. */
class GenerateCommandTest {

  @TempDir
  Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void withoutOptionsDescribesTheSampleTheSpecDefaultsDescribe() {
    CommandLine commandLine = GongkaiCli.commandLine();
    commandLine.parseArgs("generate", "--records", "100", "--out", temp.toString());
    GenerateCommand generate = commandLine.getSubcommands().get("generate").getCommand();

    SampleSpec spec = generate.sample();

    assertThat(spec).isEqualTo(new SampleSpec(100, 20191L, 2015, 2024, "示例市民政局", 0.2));
    assertThat(spec.departments()).isEqualTo(SampleSpec.DEFAULT_DEPARTMENTS);
    assertThat(spec.undeclaredShare()).isEqualTo(SampleSpec.DEFAULT_UNDECLARED_SHARE);
    assertThat(spec.encoding()).isEqualTo(ExportEncoding.UTF_8);
  }

  @Test
  void writesTheFilesTheOptionsAskFor() throws IOException {
    int exit = run("generate", "--records", "400", "--out", temp.toString(), "--departments", "7",
        "--undeclared", "0.5", "--encoding", "GBK", "--duplicates", "0.1", "--first-year", "2020", "--last-year", "2021");

    assertThat(exit).as(err.toString()).isZero();
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files).hasSize(7);
    }
    assertThat(out.toString()).startsWith("Wrote 7 files, 400 rows (360 distinct publications, 40 re-exports), 2020-2021")
        .contains("(200 rows without a declared category, gbk)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--departments|0|departments must be within 1..50, was 0",
      "--departments|51|departments must be within 1..50, was 51",
      "--undeclared|1.5|undeclaredShare must be within 0..1, was 1.5",
      "--duplicates|-0.1|duplicateShare must be within 0..1, was -0.1",
      "--encoding|latin1|encoding must be one of utf-8, utf-8-bom, gbk, mixed, was latin1",
      "--organization|示例市民政局\uD840\uDC00|GBK cannot encode"})
  void refusesAnOptionOutOfRangeSayingWhatItTakes(String option, String value, String message) {
    String[] args = {"generate", "--records", "10", "--out", temp.toString(), option, value};
    if (option.equals("--organization")) {
      args = new String[] {"generate", "--records", "10", "--out", temp.toString(), option, value, "--encoding", "mixed"};
    }

    int exit = run(args);

    assertThat(exit).isEqualTo(GongkaiCli.FAILED);
    assertThat(err.toString()).startsWith("gongkai: ").contains(message).doesNotContain("Exception");
  }

  @Test
  void explainsEveryOptionWithItsDefault() {
    int exit = run("generate", "--help");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("--departments=N", "(default: 5)", "--undeclared=SHARE", "(default: 0.35)",
        "--encoding=ENCODING", "(default: utf-8)", "--duplicates=SHARE", "(default: 0.2)", "--first-year", "--last-year");
  }

  private int run(String... args) {
    CommandLine commandLine = GongkaiCli.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }
}
