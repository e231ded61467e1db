package cn.gongkai.intake.corpus;

import java.util.List;
import java.util.stream.Stream;

/**
 * Broken and awkward exports as departments really send them, each written in its real bytes, each
 * with the exact outcome Gongkai must produce: the file ingested (in which encoding, with which rows
 * loaded and which rejected at which line), rejected as a whole (why), or ignored.
 *
 * <p>The corpus can be dropped into one inbox, with every case's source definition in one sources
 * folder: file names, contents, loaded titles and 文号 are all distinct (see {@code ExportCorpusTest}),
 * and each source's glob names its own file only. Files no source describes take their department
 * from their name; the organization is {@link #ORGANIZATION}.
 */
public final class ExportCorpus {

  /** The installation's organization, for files no source describes. */
  public static final String ORGANIZATION = "示例市民政局";

  private ExportCorpus() {}

  /** Every case, grouped by what is awkward about it: encoding, layout, quoting, dates, values, file, source. */
  public static List<CorpusCase> cases() {
    return Stream.of(EncodingExports.cases(), LayoutExports.cases(), QuotingExports.cases(), DateExports.cases(),
            ValueExports.cases(), WholeFileExports.cases(), SourceExports.cases())
        .flatMap(List::stream)
        .toList();
  }
}
