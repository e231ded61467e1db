package cn.gongkai.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.normalize.RowNormalizer;
import cn.gongkai.normalize.RowRejectedException;
import cn.gongkai.testsupport.CsvMutations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    long rows = 0;
    for (long seed = 1; seed <= FILES; seed++) {
      Path file = Files.write(inbox.resolve("办公室-" + seed + ".csv"), CsvMutations.damaged(seed));
      FileInspection inspection;
      try {
        inspection = inspector.inspect(new InboxFile(file, file.getFileName().toString(), Files.size(file)));
      } catch (RuntimeException e) {
        throw new AssertionError("inspecting the file of seed " + seed + " threw", e);
      }
      if (inspection instanceof FileInspection.Readable found) {
        readable++;
        rows += accountForEveryRow(found, seed);
      } else {
        assertThat(inspection).as("seed %d", seed)
            .isInstanceOfAny(FileInspection.Rejected.class, FileInspection.Ignored.class);
      }
    }
    assertThat(readable).as("damaged files still readable as a whole").isBetween(FILES / 5, FILES - 1);
    assertThat(rows).as("rows read in all").isGreaterThan(FILES);
  }

  private long accountForEveryRow(FileInspection.Readable readable, long seed) throws IOException {
    long rows = 0;
    long accounted = 0;
    long lastLine = 1;
    try (SourceFileReader reader = new SourceFileReader(readable.file(), readable.plan())) {
      for (SourceRow row = reader.next(); row != null; row = reader.next()) {
        rows++;
        assertThat(row.line()).as("seed %d: line numbers only grow", seed).isGreaterThan(lastLine);
        lastLine = row.line();
        try {
          assertThat(normalizer.normalize(row).record().title()).isNotBlank();
          accounted++;
        } catch (RowRejectedException rejected) {
          assertThat(rejected.rejection().message()).as("seed %d, line %d", seed, row.line()).isNotBlank();
          accounted++;
        }
      }
    } catch (RuntimeException e) {
      throw new AssertionError("reading the file of seed " + seed + " threw", e);
    }
    assertThat(accounted).as("seed %d", seed).isEqualTo(rows);
    return rows;
  }
}
