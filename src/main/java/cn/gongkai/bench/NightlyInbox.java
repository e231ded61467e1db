package cn.gongkai.bench;

import cn.gongkai.intake.InboxFile;
import cn.gongkai.intake.InboxScanner;
import cn.gongkai.sample.SampleExportGenerator;
import cn.gongkai.sample.SampleSpec;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The inbox of one night after the big load ({@code bench/nightly} in the data directory, emptied
 * first): {@link #ROWS} rows, of which {@link #REEXPORT_SHARE} are rows of the loaded inbox sent
 * again, and the rest new publications.
 *
 * <p>The re-exports are rows copied byte for byte from the loaded inbox's files, each file's picks
 * under its own header, at the same path: a department with no department column is named after
 * its file, so it stays the same department. (A loaded inbox of no more rows than the re-exports
 * wanted is copied whole: those files are then the ingested files again, and skipped as such.) The
 * new rows are the generator's, in {@code 新增/}.
 *
 * <p>Why no new row shares a key (SPEC section 5) with a loaded publication, by construction: the
 * new rows are created, and so published, in {@code year}, the year after the latest publication
 * date loaded, so K3 (title + 发布日期) differs; their 索引号 (K1) and their numbered 文号 carry that
 * year; and they are another organization's, in another county, so K2 (publisher + 文号) differs
 * even for the decree numbers (令第N号), which carry no year but their county's government, and
 * even for the tenth of rows whose publisher is blank (the installation's organization is then
 * theirs). Within themselves the generator keeps them distinct (no re-exports asked for).
 */
final class NightlyInbox {

  static final int ROWS = 10_000;
  static final double REEXPORT_SHARE = 0.2;
  static final String NEW_ROWS_DIR = "新增";
  private static final List<String> OTHER_ORGANIZATIONS = List.of("样例县民政局", "示范区民政局");
  private static final List<String> DELIMITED = List.of("csv", "tsv", "txt");

  private final BenchProgress progress;

  NightlyInbox(BenchProgress progress) {
    this.progress = progress;
  }

  /**
   * @param loaded the inbox whose rows the pipeline loaded
   * @param year the year after the latest publication date loaded
   */
  NightlyInboxFacts prepare(Path dataDir, Path loaded, String organization, int year, long seed) throws IOException {
    Path inbox = BenchPlan.workDir(dataDir).resolve("nightly");
    BenchInbox.empty(inbox);
    int wanted = (int) Math.round(ROWS * REEXPORT_SHARE);
    int reexports = copyReexports(loaded, inbox, wanted);
    int fresh = ROWS - reexports;
    String other = otherOrganization(organization);
    SampleSpec sample = new SampleSpec(fresh, seed + 1, year, year, other, 0);
    int newFiles = new SampleExportGenerator(sample).writeTo(inbox.resolve(NEW_ROWS_DIR)).size();
    progress.say("nightly inbox: %,d re-exported rows of %s and %,d new rows of %s, %d, in %s", reexports, loaded,
        fresh, other, year, inbox);
    int files = new InboxScanner().scan(inbox).size();
    return new NightlyInboxFacts(inbox.toString(), files, reexports, fresh, newFiles, other, year);
  }

  /** The first candidate whose county the installation's organization is not of (see the class comment). */
  static String otherOrganization(String organization) {
    return OTHER_ORGANIZATIONS.stream().filter(other -> !organization.startsWith(other.substring(0, 3)))
        .findFirst().orElseThrow();
  }

  private int copyReexports(Path loaded, Path inbox, int wanted) throws IOException {
    List<Path> files = new ArrayList<>();
    for (InboxFile file : new InboxScanner().scan(loaded)) {
      if (DELIMITED.contains(extension(file.path()))) {
        files.add(file.path());
      }
    }
    int[] rows = new int[files.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = dataRows(files.get(i));
    }
    List<int[]> picks = RowPick.spread(rows, wanted);
    int copied = 0;
    for (int i = 0; i < files.size(); i++) {
      if (picks.get(i).length > 0) {
        Path target = inbox.resolve(loaded.relativize(files.get(i)).toString());
        copied += copy(files.get(i), target, picks.get(i));
      }
    }
    return copied;
  }

  private static int dataRows(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      CsvRecordBytes records = new CsvRecordBytes(in);
      int count = -1; // the header is no data row
      while (records.next() != null) {
        count++;
      }
      return Math.max(0, count);
    }
  }

  /** The header and the picked rows (0-based data row indices, ascending) of {@code source}. */
  private static int copy(Path source, Path target, int[] picked) throws IOException {
    Files.createDirectories(target.getParent());
    try (InputStream in = new BufferedInputStream(Files.newInputStream(source));
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
      CsvRecordBytes records = new CsvRecordBytes(in);
      writeLine(out, records.next());
      int next = 0;
      byte[] record;
      for (int row = 0; next < picked.length && (record = records.next()) != null; row++) {
        if (row == picked[next]) {
          writeLine(out, record);
          next++;
        }
      }
      return next;
    }
  }

  /** A record, given a line end when it was the last of its file and had none. */
  private static void writeLine(OutputStream out, byte[] record) throws IOException {
    out.write(record);
    if (record.length == 0 || record[record.length - 1] != '\n') {
      out.write(new byte[] {'\r', '\n'});
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
