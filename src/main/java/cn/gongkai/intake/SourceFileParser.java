package cn.gongkai.intake;

import cn.gongkai.support.YamlConfigReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a definition file's YAML into a {@link SourceBinding}, recording what keeps it from binding
 * (see {@link YamlConfigReader}), with what a source's keys must look like.
 */
final class SourceFileParser {

  private static final String EMPTY = "is empty (a source needs at least files: <glob>)";
  private static final YamlConfigReader<SourceBinding> READER =
      new YamlConfigReader<>(SourceBinding.class, EMPTY, SourceFileParser::shape);

  private final Path file;
  private final SourceProblems problems;

  SourceFileParser(Path file, SourceProblems problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The file's keys, or empty when it cannot be bound; problems, unknown keys too, are recorded. */
  Optional<SourceBinding> parse() {
    return READER.read(file, problem -> problems.add(file, problem));
  }

  private static String shape(MismatchedInputException e) {
    List<JacksonException.Reference> path = e.getPath();
    if (path.isEmpty() || path.get(0).getPropertyName() == null) {
      return "must be a mapping of keys (" + String.join(", ", SourceBinding.keys()) + ") to values";
    }
    String key = path.get(0).getPropertyName();
    if (key.equals("headers") && path.size() == 1) {
      return "headers must be a mapping of header text to field, e.g. 日期: publishedDate" + YamlConfigReader.at(e);
    }
    if (key.equals("headers")) {
      return "headers: '" + path.get(1).getPropertyName() + "' must map to one field name" + YamlConfigReader.at(e);
    }
    return key + " must be a single value, not a list or mapping" + YamlConfigReader.at(e);
  }
}
