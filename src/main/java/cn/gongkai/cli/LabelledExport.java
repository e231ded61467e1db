package cn.gongkai.cli;

import cn.gongkai.classify.LabelledTitle;
import cn.gongkai.classify.PublicationText;
import cn.gongkai.classify.Taxonomy;
import cn.gongkai.intake.ByteProfile;
import cn.gongkai.intake.ByteProfiler;
import cn.gongkai.intake.HeaderMapping;
import cn.gongkai.intake.InboxFile;
import cn.gongkai.intake.ReadPlan;
import cn.gongkai.intake.SourceDefaults;
import cn.gongkai.intake.SourceFileReader;
import cn.gongkai.intake.SourceRow;
import cn.gongkai.publication.PublicationField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A labelled export for classify-eval: an export (any encoding the ingest reads, headers by the same
 * synonyms) whose 信息类别 column holds the right category of every row. Only the title, 文号, 体裁 and
 * category are read. Rows that cannot be evaluated (no title, a category the taxonomy does not know,
 * an unreadable line) are left out and listed, each with its line and why.
 *
 * @param titles the rows whose category is a category (or synonym) of the taxonomy
 * @param skipped "line N: why" of every other row
 */
record LabelledExport(List<LabelledTitle> titles, List<String> skipped) {

  static LabelledExport read(Path file, Taxonomy taxonomy) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("--labeled " + file + " is not a file: give a CSV export with a 信息类别 column");
    }
    ByteProfile bytes = new ByteProfiler().profile(file, null);
    if (bytes.kind() != ByteProfile.Kind.TEXT) {
      throw new UserInputException(file + " is not a CSV text file (" + bytes.kind() + "): save it as CSV");
    }
    InboxFile inboxFile = new InboxFile(file, file.getFileName().toString(), Files.size(file));
    char delimiter = "tsv".equals(inboxFile.extension()) ? '\t' : ',';
    ReadPlan plan = new ReadPlan(bytes.charset(), delimiter, HeaderMapping.defaults(),
        new SourceDefaults("", ""), null, false);
    try (SourceFileReader reader = new SourceFileReader(inboxFile, plan)) {
      requireColumn(reader, PublicationField.TITLE, file);
      requireColumn(reader, PublicationField.CATEGORY, file);
      return rows(reader, taxonomy);
    }
  }

  private static LabelledExport rows(SourceFileReader reader, Taxonomy taxonomy) throws IOException {
    List<LabelledTitle> titles = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (SourceRow row = reader.next(); row != null; row = reader.next()) {
      String title = strip(row.value(PublicationField.TITLE));
      String label = strip(row.value(PublicationField.CATEGORY));
      Optional<String> category = taxonomy.categoryOf(label);
      if (row.defect() != null || title == null || category.isEmpty()) {
        skipped.add("line " + row.line() + ": " + (row.defect() != null ? "unreadable (" + row.defect() + ")"
            : title == null ? "no title" : label == null ? "no category"
            : "category '" + label + "' is not in the taxonomy (add it as a synonym, or correct it)"));
        continue;
      }
      PublicationText text = new PublicationText(title, strip(row.value(PublicationField.DOC_NO)),
          strip(row.value(PublicationField.DOC_TYPE)), null);
      titles.add(new LabelledTitle(text, category.get(), row.line()));
    }
    return new LabelledExport(titles, skipped);
  }

  private static void requireColumn(SourceFileReader reader, PublicationField field, Path file) {
    if (!reader.columns().containsKey(field)) {
      throw new UserInputException(file + " has no " + field.label() + " column (header: " + reader.header()
          + "); name it " + String.join(" or ", field.defaultSynonyms()));
    }
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
