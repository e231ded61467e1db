package cn.gongkai.intake;

import cn.gongkai.application.RegisterKind;
import cn.gongkai.publication.PublicationField;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns one bound definition file into a {@link SourceDefinition}, checking every key rather than
 * stopping at the first bad one, and filling in the defaults: the file's name, the installation's
 * organization.
 */
final class SourceConversion {

  private final Path file;
  private final SourceProblems problems;

  SourceConversion(Path file, SourceProblems problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The definition {@code binding} describes, or empty when it has problems (then recorded). */
  Optional<SourceDefinition> convert(SourceBinding binding, String defaultOrganization) {
    int problemsBefore = problems.count();
    String name = text(binding.name(), "name", "leave it out to use the file name", stem(file));
    String files = files(binding.files());
    String organization = text(binding.organization(), "organization",
        "leave it out to use the installation's organization", defaultOrganization);
    String department = text(binding.department(), "department",
        "leave it out to take the department (责任部门) from the file name", null);
    Charset charset = value(binding.charset(), SourceValues::charset);
    Character delimiter = value(binding.delimiter(), SourceValues::delimiter);
    Map<String, PublicationField> headers = headers(binding.headers());
    String dateFormat = value(binding.dateFormat(), SourceValues::datePattern);
    RegisterKind register = value(binding.register(), SourceConversion::register);
    if (problems.count() > problemsBefore) {
      return Optional.empty();
    }
    return Optional.of(new SourceDefinition(
        name, file, files, organization, department, charset, delimiter, headers, dateFormat, register));
  }

  private static RegisterKind register(String text) {
    return switch (text.strip()) {
      case "applications" -> RegisterKind.APPLICATIONS;
      case "reviews" -> RegisterKind.REVIEWS;
      default -> throw new IllegalArgumentException("register '" + text + "' is none of applications (依申请公开登记表) "
          + "and reviews (行政复议、行政诉讼登记表); leave it out for a list of publications");
    };
  }

  private String text(String value, String key, String fix, String fallback) {
    if (value == null) {
      return fallback;
    }
    if (value.isBlank()) {
      problems.add(file, key + " is blank (" + fix + ")");
    }
    return value.strip();
  }

  private String files(String files) {
    if (files == null || files.isBlank()) {
      problems.add(file, "files is required (a glob over the path in the inbox, e.g. files: 社会救助科*.csv)");
      return null;
    }
    return value(files.strip(), glob -> {
      SourceValues.glob(glob);
      return glob;
    });
  }

  /** {@code text} read by {@code reader}; {@code null} when absent or when the reader refuses it. */
  private <T> T value(String text, Function<String, T> reader) {
    if (text == null) {
      return null;
    }
    try {
      return reader.apply(text);
    } catch (IllegalArgumentException e) {
      problems.add(file, e.getMessage());
      return null;
    }
  }

  private Map<String, PublicationField> headers(Map<String, String> headers) {
    Map<String, PublicationField> fields = new LinkedHashMap<>();
    Map<String, String> spellings = new HashMap<>();
    if (headers != null) {
      headers.forEach((header, name) -> header(header, name, spellings).ifPresent(field ->
          fields.put(HeaderMapping.normalize(header), field)));
    }
    return fields;
  }

  /** The field {@code header} maps to, if that mapping is sound; {@code spellings} tracks the headers seen. */
  private Optional<PublicationField> header(String header, String name, Map<String, String> spellings) {
    if (name == null || name.isBlank()) {
      problems.add(file, "headers: '" + header + "' maps to no field (write one, e.g. " + header + ": publishedDate)");
      return Optional.empty();
    }
    String key = value(header, SourceValues::headerKey);
    PublicationField field = value(name, fieldName -> SourceValues.field(header, fieldName));
    String earlier = key == null ? null : spellings.putIfAbsent(key, header);
    if (earlier != null) {
      problems.add(file, "headers: '" + earlier + "' and '" + header
          + "' are the same header once normalized (full-width folded, trimmed, lower-case); keep one");
      return Optional.empty();
    }
    return key == null ? Optional.empty() : Optional.ofNullable(field);
  }

  private static String stem(Path file) {
    String fileName = file.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
