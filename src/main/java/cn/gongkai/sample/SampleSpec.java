package cn.gongkai.sample;

import java.util.Objects;

/**
 * What the sample generator writes: {@code records} data rows in total across the files of the
 * {@code departments} departments of one {@code organization}, created in the years
 * {@code firstYear..lastYear} (inclusive), of which a {@code duplicateShare} are re-exports of a
 * publication another row already holds, and an {@code undeclaredShare} declare no category.
 *
 * @param records total data rows across all files, positive
 * @param seed the seed every random choice derives from: same spec, same bytes
 * @param firstYear first creation year, from 2001
 * @param lastYear last creation year (inclusive), not before {@code firstYear}, at most 2099;
 *     no publication date falls after its 31 December
 * @param organization the bureau publishing everything, e.g. 示例市民政局; trimmed, non-blank, and
 *     GBK-encodable when the encoding uses GBK
 * @param duplicateShare share of rows, 0..1, that re-export another row
 * @param departments how many department files, 1..50; the office is
 *     always one of them, and with it alone it re-exports its own rows
 * @param undeclaredShare share of all rows, 0..1, whose category is blank or that have no category
 *     column: exactly {@code round(records * undeclaredShare)} rows
 * @param encoding how the files are encoded
 */
public record SampleSpec(
    int records,
    long seed,
    int firstYear,
    int lastYear,
    String organization,
    double duplicateShare,
    int departments,
    double undeclaredShare,
    ExportEncoding encoding) {

  /** Five departments: the office and four sections, what the demo writes. */
  public static final int DEFAULT_DEPARTMENTS = Bureau.CORE;
  /** About the share the five departments always left blank. */
  public static final double DEFAULT_UNDECLARED_SHARE = 0.35;
  public static final ExportEncoding DEFAULT_ENCODING = ExportEncoding.UTF_8;

  public SampleSpec {
    if (records <= 0) {
      throw new IllegalArgumentException("records must be positive, was " + records);
    }
    if (firstYear < 2001 || lastYear > 2099 || firstYear > lastYear) {
      throw new IllegalArgumentException(
          "years must satisfy 2001 <= firstYear <= lastYear <= 2099, were "
              + firstYear + ".." + lastYear);
    }
    organization = Objects.requireNonNull(organization, "organization").strip();
    if (organization.isEmpty()) {
      throw new IllegalArgumentException("organization must not be blank");
    }
    requireShare("duplicateShare", duplicateShare);
    if (departments < 1 || departments > Bureau.MAX_DEPARTMENTS) {
      throw new IllegalArgumentException("departments must be within 1.." + Bureau.MAX_DEPARTMENTS
          + ", was " + departments);
    }
    requireShare("undeclaredShare", undeclaredShare);
    Objects.requireNonNull(encoding, "encoding");
    if (encoding.usesGbk() && !ExportEncoding.GBK.charset().newEncoder().canEncode(organization)) {
      throw new IllegalArgumentException("organization " + organization
          + " has characters GBK cannot encode: choose encoding utf-8 or utf-8-bom");
    }
  }

  /** The default departments, undeclared share and encoding. */
  public SampleSpec(int records, long seed, int firstYear, int lastYear, String organization,
      double duplicateShare) {
    this(records, seed, firstYear, lastYear, organization, duplicateShare, DEFAULT_DEPARTMENTS,
        DEFAULT_UNDECLARED_SHARE, DEFAULT_ENCODING);
  }

  /** About 300 rows of 示例市民政局 over 2019..2024, a tenth of them re-exports, fixed seed. */
  public static SampleSpec demo() {
    return new SampleSpec(300, 20191L, 2019, 2024, "示例市民政局", 0.1);
  }

  /** This spec with another number of rows, everything else unchanged. */
  public SampleSpec withRecords(int otherRecords) {
    return new SampleSpec(otherRecords, seed, firstYear, lastYear, organization, duplicateShare,
        departments, undeclaredShare, encoding);
  }

  /** This spec for another organization, everything else unchanged. */
  public SampleSpec withOrganization(String otherOrganization) {
    return new SampleSpec(records, seed, firstYear, lastYear, otherOrganization, duplicateShare,
        departments, undeclaredShare, encoding);
  }

  /**
   * Rows that re-export a publication already written: {@code records * duplicateShare} rounded,
   * but at most {@code records - 1}, since at least one publication must be there to re-export.
   */
  public int duplicateRows() {
    return (int) Math.min(Math.round(records * duplicateShare), records - 1L);
  }

  /** Distinct publications once re-exports are merged: {@code records - duplicateRows()}. */
  public int distinctPublications() {
    return records - duplicateRows();
  }

  /** Rows that declare no category: {@code records * undeclaredShare}, rounded. */
  public int undeclaredRows() {
    return (int) Math.round(records * undeclaredShare);
  }

  private static void requireShare(String name, double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(name + " must be within 0..1, was " + share);
    }
  }
}
