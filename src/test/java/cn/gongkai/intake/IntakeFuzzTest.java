package cn.gongkai.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.normalize.Rejection;
import cn.gongkai.normalize.RowNormalizer;
import cn.gongkai.normalize.RowRejectedException;
import cn.gongkai.publication.PublicationRecord;
import cn.gongkai.testsupport.CsvMutations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing the intake (issue 10): whatever bytes a department sends, damaged in any of the ways of
 * {@link CsvMutations}, inspection decides what the file is without failing, and every row of a
 * readable file becomes a record or a rejection with a reason: nothing else is thrown, nothing is
 * lost, and line numbers only grow. Each seed gives the same file, so a failure names its seed.
 */
class IntakeFuzzTest {

  private static final int FILES = 500;

  private final FileInspector inspector = new FileInspector(SourceCatalog.of(List.of()), "示例市民政局");
  private final RowNormalizer normalizer = new RowNormalizer();

  @TempDir
  Path inbox;

  @Test
  void everyRowOfAnyDamagedExportIsARecordOrARejection() throws IOException {
    int readable = 0;
    int knowable = 0;
    long rows = 0;
    long rowsOfKnowableFiles = 0;
    long rowsTheFuzzerWrote = 0;
    for (long seed = 1; seed <= FILES; seed++) {
      CsvMutations.Damaged damaged = CsvMutations.damaged(seed);
      Path file = Files.write(inbox.resolve("办公室-" + seed + ".csv"), damaged.bytes());
      FileInspection inspection;
      try {
        inspection = inspector.inspect(new InboxFile(file, file.getFileName().toString(), Files.size(file)));
      } catch (RuntimeException e) {
        throw new AssertionError("inspecting the file of seed " + seed + " threw", e);
      }
      if (inspection instanceof FileInspection.Readable found) {
        readable++;
        List<Long> lines = linesOfEveryRow(found, seed);
        rows += lines.size();
        if (damaged.rows() != null) {
          knowable++;
          rowsOfKnowableFiles += lines.size();
          rowsTheFuzzerWrote += damaged.rows();
          assertThat(lines).as("seed %d: the rows the fuzzer wrote", seed).hasSize(damaged.rows());
        }
      } else {
        assertThat(inspection).as("seed %d", seed)
            .isInstanceOfAny(FileInspection.Rejected.class, FileInspection.Ignored.class);
      }
    }
    // the fuzzer knows the rows of some files whatever the reader does: they must all be read
    assertThat(rowsOfKnowableFiles).as("rows of the files whose rows the fuzzer knows").isEqualTo(rowsTheFuzzerWrote);
    // the rest is what seeds 1 to 500 of CsvMutations give, counted by this test when the mutator
    // last changed: a change to the mutator, the inspector or the reader that moves them is to be
    // explained, not the numbers copied
    assertThat(knowable).as("readable files whose rows the fuzzer knows").isEqualTo(30);
    assertThat(readable).as("damaged files still readable as a whole").isEqualTo(162);
    assertThat(rows).as("rows read in all").isEqualTo(2658);
  }

  /**
   * The lines of the rows the reader yields, each checked to be one record or one rejection with its
   * reason, at its own line: records and rejections are collected apart, then matched to the lines.
   */
  private List<Long> linesOfEveryRow(FileInspection.Readable readable, long seed) throws IOException {
    List<Long> lines = new ArrayList<>();
    List<PublicationRecord> records = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    long lastLine = 1;
    try (SourceFileReader reader = new SourceFileReader(readable.file(), readable.plan())) {
      for (SourceRow row = reader.next(); row != null; row = reader.next()) {
        lines.add(row.line());
        assertThat(row.line()).as("seed %d: line numbers only grow", seed).isGreaterThan(lastLine);
        lastLine = row.line();
        try {
          records.add(normalizer.normalize(row).record());
        } catch (RowRejectedException rejected) {
          rejections.add(rejected.rejection());
        }
      }
    } catch (RuntimeException e) {
      throw new AssertionError("reading the file of seed " + seed + " threw", e);
    }
    List<Long> recordLines = records.stream().map(record -> record.provenance().line()).toList();
    List<Long> rejectionLines = rejections.stream().map(Rejection::line).toList();
    assertThat(records).as("seed %d", seed).allSatisfy(record -> {
      assertThat(record.title()).isNotBlank();
      assertThat(record.provenance().file()).isEqualTo(readable.file().name());
    });
    assertThat(rejections).as("seed %d", seed).allSatisfy(rejection -> {
      assertThat(rejection.reason()).isNotNull();
      assertThat(rejection.message()).isNotBlank();
      assertThat(rejection.file()).isEqualTo(readable.file().name());
    });
    List<Long> outcomeLines = new ArrayList<>(recordLines);
    outcomeLines.addAll(rejectionLines);
    assertThat(outcomeLines).as("seed %d: each line read is one record or one rejection, at its own line", seed)
        .containsExactlyInAnyOrderElementsOf(lines);
    return lines;
  }
}
