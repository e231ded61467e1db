package cn.gongkai.intake;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How to read one export file, decided by its inspection: encoding, delimiter, which column is which
 * field, and what the source supplies for missing values.
 *
 * @param source the name of the source definition that matched the file, or {@code null}
 * @param flagsUndecodable whether the file has bytes its encoding cannot decode: then a row holding
 *     the replacement character U+FFFD is rejected, since its text is not what the clerk wrote
 */
public record ReadPlan(
    Charset charset, char delimiter, HeaderMapping mapping, SourceDefaults defaults, String source,
    boolean flagsUndecodable) {

  public ReadPlan {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(defaults, "defaults");
  }
}
