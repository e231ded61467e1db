package cn.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.classify.Classification;
import cn.gongkai.classify.ClassificationBasis;
import cn.gongkai.classify.IndexStamp;
import cn.gongkai.classify.PublicationText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the model placed comes back as a scan of the index would read it, with the state it
 * describes; a file cut short, unfinished or unable to hold a text is never taken for a whole one.
 */
class SavedPlacementsTest {

  private static final IndexStamp STAMP = new IndexStamp("gongkai-publications-000001", "ab12", 41, 520_000);
  private static final PublicationText TEXT = new PublicationText("为退役军人家庭悬挂光荣牌😀", "民发〔2024〕3号", "规章",
      "未知类别");

  @TempDir
  Path dir;

  @Test
  void keepsWhatTheModelAndTheDefaultPlacedWithTheStateTheyDescribe() throws IOException {
    Path file = SavedPlacements.file(dir.resolve("model"), "gongkai-publications");
    try (SavedPlacements.Writer writer = SavedPlacements.create(file, STAMP)) {
      writer.add("a1", "gongkai-publications-000001", TEXT,
          new Classification("社会保障", new ClassificationBasis.Model(0.123456789)));
      writer.add("b2", "gongkai-publications-000001", new PublicationText("致读者", null, null, null),
          new Classification("其他", new ClassificationBasis.Default()));
      writer.add("c3", "gongkai-publications-000001", TEXT,
          new Classification("社会救助", new ClassificationBasis.Rule("relief")));
      writer.add("d4", "gongkai-publications-000001", TEXT, new Classification("社会福利", new ClassificationBasis.Declared()));
      assertThat(writer.count()).isEqualTo(2);
      assertThat(writer.commit()).isTrue();
    }

    assertThat(file).hasFileName("gongkai-publications.placements");
    assertThat(SavedPlacements.stamp(file)).contains(STAMP);
    List<ClassifiedPublication> read = new ArrayList<>();
    assertThat(SavedPlacements.read(file, read::add)).isEqualTo(2);
    // the confidence as Elasticsearch stores it (a float), so that a re-run compares it as a scan would
    assertThat(read).containsExactly(
        new ClassifiedPublication("a1", "gongkai-publications-000001", TEXT, "社会保障", "model",
            (double) (float) 0.123456789),
        new ClassifiedPublication("b2", "gongkai-publications-000001", new PublicationText("致读者", null, null, null),
            "其他", "default", null));
  }

  @Test
  void aFileCutShortOrNotOneOfTheseIsNotReadAsWhole() throws IOException {
    Path file = dir.resolve("gongkai-publications.placements");
    try (SavedPlacements.Writer writer = SavedPlacements.create(file, STAMP)) {
      for (int i = 0; i < 100; i++) {
        writer.add("id" + i, "gongkai-publications-000001", TEXT,
            new Classification("社会保障", new ClassificationBasis.Model(0.7)));
      }
      writer.commit();
    }
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length - 9)); // the end mark and its count gone

    assertThatThrownBy(() -> SavedPlacements.read(file, publication -> {})).isInstanceOf(IOException.class);

    Files.writeString(file, "not placements");
    assertThat(SavedPlacements.stamp(file)).isEmpty();
    assertThatThrownBy(() -> SavedPlacements.read(file, publication -> {})).isInstanceOf(IOException.class)
        .hasMessageContaining("not a file of saved placements");
    assertThat(SavedPlacements.stamp(dir.resolve("none.placements"))).isEmpty();
  }

  @Test
  void aWriterClosedUnfinishedLeavesTheFileBefore() throws IOException {
    Path file = dir.resolve("gongkai-publications.placements");
    try (SavedPlacements.Writer writer = SavedPlacements.create(file, STAMP)) {
      writer.add("a1", "i", TEXT, new Classification("其他", new ClassificationBasis.Default()));
      writer.commit();
    }
    IndexStamp later = new IndexStamp("gongkai-publications-000001", "ab12", 42, 520_000);
    try (SavedPlacements.Writer writer = SavedPlacements.create(file, later)) {
      writer.add("b2", "i", TEXT, new Classification("其他", new ClassificationBasis.Default()));
      // the step failed before it could commit
    }

    assertThat(SavedPlacements.stamp(file)).contains(STAMP);
    assertThat(SavedPlacements.read(file, publication -> assertThat(publication.id()).isEqualTo("a1"))).isEqualTo(1);
    try (var files = Files.list(dir)) {
      assertThat(files.map(path -> path.getFileName().toString())).containsExactly("gongkai-publications.placements");
    }
  }

  @Test
  void aTitleTooLongToSaveLeavesNoFileSoTheNextRunReadsTheIndex() throws IOException {
    Path file = dir.resolve("gongkai-publications.placements");
    try (SavedPlacements.Writer writer = SavedPlacements.create(file, STAMP)) {
      writer.commit();
    }
    try (SavedPlacements.Writer writer = SavedPlacements.create(file,
        new IndexStamp("gongkai-publications-000001", "ab12", 42, 520_000))) {
      writer.add("long", "i", new PublicationText("长".repeat(30_000), null, null, null),
          new Classification("其他", new ClassificationBasis.Default()));
      assertThat(writer.commit()).isFalse();
      assertThat(writer.unwritable()).isEqualTo("long");
    }

    assertThat(file).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
