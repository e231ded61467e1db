package cn.gongkai.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a definition file's YAML into a {@link SourceBinding}, recording what keeps it from binding:
 * bytes that are not UTF-8, YAML syntax, a repeated key, a value of the wrong shape, and every
 * unknown key (each one, not only the first, so all typos are reported together).
 */
final class SourceFileParser {

  // Unknown keys reach the UnknownKeys handler first, which records every one and lets binding go on.
  // The feature stays on (Jackson 3 ignores unknown keys by default) so that a typo is never ignored.
  private static final YAMLMapper MAPPER = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final String EMPTY = "is empty (a source needs at least files: <glob>)";

  private final Path file;
  private final SourceProblems problems;

  SourceFileParser(Path file, SourceProblems problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The file's keys, or empty when it cannot be bound; problems, unknown keys too, are recorded. */
  Optional<SourceBinding> parse() {
    Optional<String> text = text();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    UnknownKeys unknown = new UnknownKeys();
    try {
      SourceBinding binding = MAPPER.readerFor(SourceBinding.class).withHandler(unknown).readValue(text.get());
      unknown.names.forEach(name -> problems.add(file,
          "unknown key '" + name + "' (known: " + String.join(", ", SourceBinding.keys()) + ")"));
      if (binding == null) {
        problems.add(file, EMPTY);
      }
      return Optional.ofNullable(binding);
    } catch (StreamReadException e) {
      problems.add(file, YamlSyntaxProblem.describe(e, text.get()));
    } catch (MismatchedInputException e) {
      problems.add(file, isEmpty(text.get()) ? EMPTY : shape(e));
    } catch (JacksonException e) {
      problems.add(file, "cannot be read as a source definition: " + e.getOriginalMessage());
    }
    return Optional.empty();
  }

  /** The file's text: YAML is UTF-8, and a file saved as GBK would otherwise fail with a cryptic error. */
  private Optional<String> text() {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      problems.add(file, "is not UTF-8 text (save it as UTF-8, not GBK/ANSI)");
    } catch (IOException e) {
      problems.add(file, "cannot be read: " + e);
    }
    return Optional.empty();
  }

  /** Whether the YAML holds no value at all: only comments, or nothing. */
  private static boolean isEmpty(String yaml) {
    JsonNode document = MAPPER.readTree(yaml);
    return document == null || document.isMissingNode() || document.isNull();
  }

  private static String shape(MismatchedInputException e) {
    List<JacksonException.Reference> path = e.getPath();
    if (path.isEmpty() || path.get(0).getPropertyName() == null) {
      return "must be a mapping of keys (" + String.join(", ", SourceBinding.keys()) + ") to values";
    }
    String key = path.get(0).getPropertyName();
    if (key.equals("headers") && path.size() == 1) {
      return "headers must be a mapping of header text to field, e.g. 日期: publishedDate" + at(e.getLocation());
    }
    if (key.equals("headers")) {
      return "headers: '" + path.get(1).getPropertyName() + "' must map to one field name" + at(e.getLocation());
    }
    return key + " must be a single value, not a list or mapping" + at(e.getLocation());
  }

  private static String at(TokenStreamLocation location) {
    return location == null || location.getLineNr() < 1
        ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** Records unknown keys and skips their values, so binding goes on to find the others. */
  private static final class UnknownKeys extends DeserializationProblemHandler {

    private final List<String> names = new ArrayList<>();

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
        ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
      names.add(propertyName);
      parser.skipChildren();
      return true;
    }
  }
}
