package cn.gongkai.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InboxScannerTest {

  private final InboxScanner scanner = new InboxScanner();

  @TempDir
  Path inbox;

  @Test
  void listsEveryDeliveredFileButHiddenAndOfficeLockFiles() throws IOException {
    touch("福利科.csv");
    touch("办公室.CSV");
    touch("说明.txt");
    touch("导出.xlsx");
    touch(".DS_Store");
    touch(".hidden/福利科.csv");
    touch("~$导出.xlsx");

    List<InboxFile> files = scanner.scan(inbox);

    assertThat(files).extracting(InboxFile::name)
        .containsExactlyInAnyOrder("福利科.csv", "办公室.CSV", "说明.txt", "导出.xlsx");
  }

  @Test
  void setsAsideHiddenAndTemporaryFilesAndSaysWhy() throws IOException {
    touch("福利科.csv");
    touch(".DS_Store");
    touch(".hidden/福利科.csv");
    touch("~$导出.xlsx");
    touch("办公室.csv.part");
    touch("社会救助科.csv.crdownload");
    touch("政策法规科.csv~");
    touch("导出.TMP");

    InboxSurvey survey = scanner.survey(inbox);

    assertThat(survey.files()).extracting(InboxFile::name).containsExactly("福利科.csv");
    assertThat(survey.setAside()).extracting(SetAsideFile::name, SetAsideFile::reason).containsExactly(
        tuple(".DS_Store", SetAsideFile.Reason.HIDDEN), tuple(".hidden/福利科.csv", SetAsideFile.Reason.HIDDEN),
        tuple("~$导出.xlsx", SetAsideFile.Reason.TEMPORARY), tuple("办公室.csv.part", SetAsideFile.Reason.TEMPORARY),
        tuple("导出.TMP", SetAsideFile.Reason.TEMPORARY), tuple("政策法规科.csv~", SetAsideFile.Reason.TEMPORARY),
        tuple("社会救助科.csv.crdownload", SetAsideFile.Reason.TEMPORARY));
    assertThat(survey.setAside()).allSatisfy(file -> assertThat(file.message()).contains("未读取"));
  }

  @Test
  void setsAsideLinksLeadingOutsideTheInboxAndReadsLinksInsideItAsTheirTarget(@TempDir Path elsewhere)
      throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("secret.csv"), "标题\n");
    Files.createDirectories(elsewhere.resolve("folder"));
    Path inside = touch("福利科.csv");
    Files.createSymbolicLink(inbox.resolve("外部.csv"), secret);
    Files.createSymbolicLink(inbox.resolve("外部目录"), elsewhere.resolve("folder"));
    Files.createSymbolicLink(inbox.resolve("失效.csv"), elsewhere.resolve("gone.csv"));
    Files.createSymbolicLink(inbox.resolve("别名.csv"), inside);

    InboxSurvey survey = scanner.survey(inbox);

    assertThat(survey.files()).extracting(InboxFile::name).containsExactly("别名.csv", "福利科.csv");
    assertThat(survey.setAside()).extracting(SetAsideFile::name, SetAsideFile::reason).containsExactly(
        tuple("外部.csv", SetAsideFile.Reason.LINK_OUTSIDE), tuple("外部目录", SetAsideFile.Reason.LINK_OUTSIDE),
        tuple("失效.csv", SetAsideFile.Reason.LINK_OUTSIDE));
    assertThat(survey.setAside().get(0).message()).contains(secret.toString());
  }

  @Test
  void aFileThatGrowsOrIsTouchedAfterItWasListedIsStillBeingWritten() throws IOException {
    Path growing = Files.writeString(inbox.resolve("办公室.csv"), "标题\n");
    Path touched = Files.writeString(inbox.resolve("福利科.csv"), "标题\n");
    Files.writeString(inbox.resolve("社会救助科.csv"), "标题\n");
    InboxSurvey survey = scanner.survey(inbox);

    Files.writeString(growing, "一行\n", java.nio.file.StandardOpenOption.APPEND);
    Files.setLastModifiedTime(touched, java.nio.file.attribute.FileTime.fromMillis(0));

    assertThat(survey.files()).filteredOn(file -> survey.changedSince(file).isPresent())
        .extracting(InboxFile::name).containsExactly("办公室.csv", "福利科.csv");
    assertThat(survey.changedSince(survey.files().get(0)).orElseThrow().message()).contains("7 → 14");
  }

  @ParameterizedTest(name = "{0} → \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      福利科.csv      | csv
      办公室.CSV      | csv
      导出.csv.bak    | bak
      社会救助科.Tsv  | tsv
      csv             | ''
      """)
  void knowsTheExtensionWhateverItsCase(String name, String extension) throws IOException {
    touch(name);

    assertThat(scanner.scan(inbox)).singleElement().extracting(InboxFile::extension).isEqualTo(extension);
  }

  @Test
  void findsFilesInSubdirectoriesNamedRelativeToTheInbox() throws IOException {
    touch("2019/一月/福利科.csv");
    touch("2020/办公室.csv");
    touch("top.csv");

    List<InboxFile> files = scanner.scan(inbox);

    assertThat(files).extracting(InboxFile::name)
        .containsExactly("2019/一月/福利科.csv", "2020/办公室.csv", "top.csv");
    assertThat(files).extracting(InboxFile::path).containsExactly(
        inbox.resolve("2019/一月/福利科.csv"), inbox.resolve("2020/办公室.csv"), inbox.resolve("top.csv"));
  }

  @Test
  void sortsFilesByTheirNameInTheInboxSoRunsAreRepeatable() throws IOException {
    touch("c.csv");
    touch("a/z.csv");
    touch("b.csv");
    touch("a.csv");

    List<InboxFile> files = scanner.scan(inbox);

    assertThat(files).extracting(InboxFile::name).containsExactly("a.csv", "a/z.csv", "b.csv", "c.csv");
  }

  @Test
  void skipsDirectoriesEvenWhenTheirNameEndsInCsv() throws IOException {
    Files.createDirectories(inbox.resolve("archive.csv"));
    touch("archive.csv/inner.csv");

    List<InboxFile> files = scanner.scan(inbox);

    assertThat(files).extracting(InboxFile::name).containsExactly("archive.csv/inner.csv");
  }

  @Test
  void recordsTheSizeOfEachFile() throws IOException {
    Files.writeString(inbox.resolve("福利科.csv"), "标题\n");

    List<InboxFile> files = scanner.scan(inbox);

    assertThat(files).singleElement().extracting(InboxFile::size).isEqualTo(7L); // 标题 is 6 bytes in UTF-8, and a line break
  }

  @Test
  void listsNothingForAnEmptyInbox() throws IOException {
    assertThat(scanner.scan(inbox)).isEmpty();
  }

  @Test
  void refusesAMissingInboxNamingItsPath() {
    Path missing = inbox.resolve("nowhere");

    assertThatThrownBy(() -> scanner.scan(missing))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("does not exist");
  }

  @Test
  void refusesAFileGivenAsInboxNamingItsPath() throws IOException {
    Path file = touch("福利科.csv");

    assertThatThrownBy(() -> scanner.scan(file))
        .isInstanceOf(NotDirectoryException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("is not a directory");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      福利科.csv           | 福利科
      2019/福利科.csv      | 福利科
      社会救助科.CSV        | 社会救助科
      民政局.2019.csv      | 民政局.2019
      .csv                | .csv
      """)
  void takesTheFileNameWithoutDirectoryAndExtensionAsItsStem(String name, String stem) {
    InboxFile file = new InboxFile(inbox.resolve(name), name, 0);

    assertThat(file.stem()).isEqualTo(stem);
  }

  private Path touch(String name) throws IOException {
    Path file = inbox.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "标题\n");
  }
}
