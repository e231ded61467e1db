package cn.gongkai.intake;

import cn.gongkai.application.RegisterKind;
import cn.gongkai.publication.PublicationField;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the exports of one department are read: a source definition from {@code config/sources/*.yml}.
 *
 * @param name unique among the definitions; by default the definition file's name without extension
 * @param definitionFile the YAML file it came from, named in messages
 * @param files a glob over a file's path relative to the inbox: without {@code /} it is matched
 *     against the file name alone, so {@code 社会救助科*.csv} finds the file at any depth; with
 *     {@code /} against the whole path, so <code>民政/**&#47;*.tsv</code> needs a folder under 民政.
 *     Matching is case-sensitive, as file names are on Linux.
 * @param organization the organization whose report counts the rows; by default the installation's
 * @param department the department of rows without a department column, or {@code null} for the
 *     file name without its extension, as for a file no source describes
 * @param charset the files' encoding, or {@code null} to detect it (UTF-8, GBK/GB18030)
 * @param delimiter one of {@code , ; |} or tab, or {@code null} for the extension's (.tsv tab, else comma)
 * @param headers header text as the file has it, in {@link HeaderMapping#normalize normalized} form,
 *     to the field its column holds; headers not listed are recognised by the default synonyms. A
 *     {@code null} map is empty.
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern the files' dates are written
 *     in, accepted besides the standard styles, or {@code null} for the standard styles only
 * @param register the register its files are ({@code applications} or {@code reviews}, SPEC section
 *     9) whatever their headers; {@code null} to tell by the headers
 * @throws IllegalArgumentException when a value is blank, or not a glob, delimiter or date pattern
 */
public record SourceDefinition(
    String name, Path definitionFile, String files, String organization, String department,
    Charset charset, Character delimiter, Map<String, PublicationField> headers, String dateFormat,
    RegisterKind register) {

  /** A source of publication lists, or of registers told by their headers. */
  public SourceDefinition(String name, Path definitionFile, String files, String organization, String department,
      Charset charset, Character delimiter, Map<String, PublicationField> headers, String dateFormat) {
    this(name, definitionFile, files, organization, department, charset, delimiter, headers, dateFormat, null);
  }

  public SourceDefinition {
    Objects.requireNonNull(definitionFile, "definitionFile");
    requireText(name, "name");
    SourceValues.glob(Objects.requireNonNull(files, "files"));
    requireText(organization, "organization");
    if (department != null) {
      requireText(department, "department");
    }
    if (delimiter != null) {
      SourceValues.checkDelimiter(delimiter);
    }
    headers = normalized(headers);
    if (dateFormat != null) {
      SourceValues.datePattern(dateFormat);
    }
  }

  /** Whether this source describes the file at {@code relativeName}, its path relative to the inbox. */
  public boolean matches(String relativeName) {
    return SourceValues.matches(files, relativeName);
  }

  /** The field this source maps {@code header} to, compared in normalized form; empty if it maps none. */
  public Optional<PublicationField> field(String header) {
    return Optional.ofNullable(headers.get(HeaderMapping.normalize(header)));
  }

  private static void requireText(String value, String key) {
    if (Objects.requireNonNull(value, key).isBlank()) {
      throw new IllegalArgumentException(key + " is blank");
    }
  }

  private static Map<String, PublicationField> normalized(Map<String, PublicationField> headers) {
    Map<String, PublicationField> normalized = new LinkedHashMap<>();
    if (headers != null) {
      headers.forEach((header, field) -> {
        PublicationField previous = normalized.put(SourceValues.headerKey(header), Objects.requireNonNull(field));
        if (previous != null) {
          throw new IllegalArgumentException("headers: '" + header + "' is listed twice once normalized");
        }
      });
    }
    return Collections.unmodifiableMap(normalized);
  }
}
