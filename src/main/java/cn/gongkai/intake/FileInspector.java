package cn.gongkai.intake;

import cn.gongkai.application.RegisterKind;
import cn.gongkai.publication.PublicationField;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVException;

/**
 * Looks at each inbox file before any row is read, so that a whole-file problem (empty, only a
 * header, no 标题 column, a workbook instead of a CSV, an unknown encoding) rejects the file with one
 * message instead of a flood of row rejections, and so that the reader knows the encoding, the
 * delimiter and the columns. Files no source describes are read with the default synonyms and
 * take their department from the file name. A header of an application or case register makes the
 * file a register, read into its own index.
 */
public final class FileInspector {

  private static final Set<String> EXPORTS = Set.of("csv", "tsv");
  private static final Set<String> SPREADSHEETS = Set.of("xlsx", "xls", "xlsm", "et", "ods", "numbers");

  private final SourceCatalog sources;
  private final String organization;
  private final ByteProfiler profiler = new ByteProfiler();

  /** @param organization the installation's organization, for files no source describes */
  public FileInspector(SourceCatalog sources, String organization) {
    this.sources = sources;
    this.organization = organization;
  }

  public FileInspection inspect(InboxFile file) {
    Optional<SourceDefinition> source = sources.match(file.name());
    String extension = file.extension();
    if (source.isEmpty() && !EXPORTS.contains(extension) && !SPREADSHEETS.contains(extension)) {
      return new FileInspection.Ignored(file, FileMessages.notAnExport(extension));
    }
    SourceDefaults defaults = new SourceDefaults(
        source.map(SourceDefinition::organization).orElse(organization),
        source.map(SourceDefinition::department).orElse(file.stem()),
        source.map(SourceDefinition::dateFormat).orElse(null));
    try {
      ByteProfile bytes = profiler.profile(file.path(), source.map(SourceDefinition::charset).orElse(null));
      return byContent(new Candidate(file, source, defaults, bytes));
    } catch (IOException e) {
      return new FileInspection.Rejected(file, null, defaults, FileRejectionReason.UNREADABLE,
          FileMessages.unreadable(e));
    }
  }

  /** A file under inspection, with what is known of it so far. */
  private record Candidate(InboxFile file, Optional<SourceDefinition> source, SourceDefaults defaults,
      ByteProfile bytes) {

    FileInspection.Rejected rejected(FileRejectionReason reason, String message) {
      return new FileInspection.Rejected(file, bytes, defaults, reason, message);
    }
  }

  private FileInspection byContent(Candidate candidate) throws IOException {
    ByteProfile bytes = candidate.bytes();
    return switch (bytes.kind()) {
      case EMPTY -> candidate.rejected(FileRejectionReason.EMPTY_FILE, FileMessages.empty());
      case SPREADSHEET -> candidate.rejected(FileRejectionReason.SPREADSHEET_NOT_CSV, FileMessages.spreadsheet());
      case BINARY -> candidate.rejected(FileRejectionReason.BINARY_NOT_CSV, FileMessages.binary());
      case TEXT -> bytes.malformed() > 0 && !bytes.declared()
          ? candidate.rejected(FileRejectionReason.UNKNOWN_ENCODING, FileMessages.unknownEncoding(bytes))
          : byHeader(candidate, plan(candidate));
    };
  }

  private FileInspection byHeader(Candidate candidate, ReadPlan plan) throws IOException {
    try (SourceFileReader reader = new SourceFileReader(candidate.file(), plan)) {
      List<String> header = reader.header();
      if (String.join("", header).indexOf('\uFFFD') >= 0) {
        return candidate.rejected(FileRejectionReason.UNKNOWN_ENCODING,
            FileMessages.undecodableHeader(plan.charset(), plan.source()));
      }
      Optional<RegisterKind> register = candidate.source().map(SourceDefinition::register)
          .or(() -> RegisterKind.detect(header));
      if (register.isPresent()) {
        return reader.next() == null
            ? candidate.rejected(FileRejectionReason.HEADER_ONLY, FileMessages.headerOnly())
            : new FileInspection.Register(candidate.file(), candidate.bytes(), plan, register.get());
      }
      if (!reader.columns().containsKey(PublicationField.TITLE)) {
        return candidate.rejected(FileRejectionReason.NO_TITLE_COLUMN,
            FileMessages.missingColumn(PublicationField.TITLE, header));
      }
      if (!reader.columns().containsKey(PublicationField.PUBLISHED_DATE)) {
        return candidate.rejected(FileRejectionReason.NO_PUBLISHED_DATE_COLUMN,
            FileMessages.missingColumn(PublicationField.PUBLISHED_DATE, header));
      }
      if (reader.next() == null) {
        return candidate.rejected(FileRejectionReason.HEADER_ONLY, FileMessages.headerOnly());
      }
      return new FileInspection.Readable(candidate.file(), candidate.bytes(), plan);
    } catch (CSVException e) {
      return candidate.rejected(FileRejectionReason.NOT_CSV, FileMessages.notCsv(e));
    }
  }

  private static ReadPlan plan(Candidate candidate) {
    Optional<SourceDefinition> source = candidate.source();
    HeaderMapping mapping = source.map(s -> HeaderMapping.defaults().withExplicit(s.headers()))
        .orElseGet(HeaderMapping::defaults);
    char delimiter = source.map(SourceDefinition::delimiter)
        .orElse("tsv".equals(candidate.file().extension()) ? '\t' : ',');
    return new ReadPlan(candidate.bytes().charset(), delimiter, mapping, candidate.defaults(),
        source.map(SourceDefinition::name).orElse(null), candidate.bytes().malformed() > 0);
  }
}
