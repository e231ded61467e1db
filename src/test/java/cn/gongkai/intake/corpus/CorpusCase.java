package cn.gongkai.intake.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One export of the corpus: a file as a department sends it, the source definition that describes
 * it (if any), and what Gongkai must make of it.
 *
 * @param fileName the file's name in the inbox; its extension matters (.csv, .tsv, .xlsx, .txt)
 * @param source a definition for {@code config/sources/}, or {@code null} for a file no source describes
 */
public record CorpusCase(String name, String fileName, ExportBytes content, SourceFile source, ExpectedFile expected) {

  /** A source definition file: its name in the sources folder, and its YAML. */
  public record SourceFile(String fileName, String yaml) {

    public SourceFile {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(yaml, "yaml");
    }
  }

  public CorpusCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(expected, "expected");
  }

  static CorpusCase export(String name, String fileName, ExportBytes content, ExpectedFile expected) {
    return new CorpusCase(name, fileName, content, null, expected);
  }

  /** This case with its file described by the source definition {@code yaml}. */
  CorpusCase describedBy(String sourceFileName, String yaml) {
    return new CorpusCase(name, fileName, content, new SourceFile(sourceFileName, yaml), expected);
  }

  public Optional<SourceFile> sourceFile() {
    return Optional.ofNullable(source);
  }

  /** Writes the export into {@code inbox} (created if needed) and returns its path. */
  public Path writeInto(Path inbox) throws IOException {
    Files.createDirectories(inbox);
    return Files.write(inbox.resolve(fileName), content.bytes());
  }

  /** Writes the source definition, if the case has one, into {@code sourcesDir} (created if needed). */
  public void writeSourceInto(Path sourcesDir) throws IOException {
    Files.createDirectories(sourcesDir);
    if (source != null) {
      Files.writeString(sourcesDir.resolve(source.fileName()), source.yaml());
    }
  }

  @Override
  public String toString() {
    return name + " (" + fileName + ")";
  }
}
