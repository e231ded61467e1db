package cn.gongkai.sample;

import java.util.Objects;

/**
 * What the sample generator writes: {@code records} data rows in total across the department
 * files of one {@code organization}, created in the years {@code firstYear..lastYear} (inclusive),
 * of which a {@code duplicateShare} are re-exports of a publication another file already holds.
 *
 * @param records total data rows across all files, positive
 * @param seed the seed every random choice derives from: same spec, same bytes
 * @param firstYear first creation year, from 2001
 * @param lastYear last creation year (inclusive), not before {@code firstYear}, at most 2099;
 *     no publication date falls after its 31 December
 * @param organization the bureau publishing everything, e.g. 示例市民政局; trimmed, non-blank
 * @param duplicateShare share of rows, 0..1, that re-export another row
 */
public record SampleSpec(
    int records,
    long seed,
    int firstYear,
    int lastYear,
    String organization,
    double duplicateShare) {

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
    if (!(duplicateShare >= 0 && duplicateShare <= 1)) {
      throw new IllegalArgumentException(
          "duplicateShare must be within 0..1, was " + duplicateShare);
    }
  }

  /** About 300 rows of 示例市民政局 over 2019..2024, a tenth of them re-exports, fixed seed. */
  public static SampleSpec demo() {
    return new SampleSpec(300, 20191L, 2019, 2024, "示例市民政局", 0.1);
  }

  /** This spec with another number of rows, everything else unchanged. */
  public SampleSpec withRecords(int otherRecords) {
    return new SampleSpec(otherRecords, seed, firstYear, lastYear, organization, duplicateShare);
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
}
