package cn.gongkai.support;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
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
 * Reads a configuration file an organization edits (a source definition, the taxonomy) into a record
 * of its keys, reporting what keeps it from binding as sentences a clerk can act on: bytes that are
 * not UTF-8, YAML syntax, a repeated key, a value of the wrong shape, and every unknown key (each
 * one, not only the first, so all typos are reported together).
 *
 * @param <T> the record the file binds to
 */
public final class YamlConfigReader<T> {

  // Unknown keys reach the UnknownKeys handler first, which records every one and lets binding go on.
  // The feature stays on (Jackson 3 ignores unknown keys by default) so that a typo is never ignored.
  private static final YAMLMapper MAPPER = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY) // title: 解读 means title: [解读]
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final Class<T> type;
  private final String emptyProblem;
  private final Function<MismatchedInputException, String> shapeProblem;

  /**
   * @param emptyProblem what to say of a file holding nothing but comments
   * @param shapeProblem what to say of a value of the wrong shape (a list where one value belongs)
   */
  public YamlConfigReader(Class<T> type, String emptyProblem, Function<MismatchedInputException, String> shapeProblem) {
    this.type = type;
    this.emptyProblem = emptyProblem;
    this.shapeProblem = shapeProblem;
  }

  /** The file's keys, or empty when it cannot be bound; every problem, unknown keys too, goes to {@code problems}. */
  public Optional<T> read(Path file, Consumer<String> problems) {
    try {
      return read(Files.readAllBytes(file), problems);
    } catch (IOException e) {
      problems.accept("cannot be read: " + e);
      return Optional.empty();
    }
  }

  /** The keys of a file's bytes, read already, as {@link #read(Path, Consumer)} gives them. */
  public Optional<T> read(byte[] bytes, Consumer<String> problems) {
    Optional<String> text = utf8Text(bytes, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    UnknownKeys unknown = new UnknownKeys(type, text.get());
    try {
      T binding = MAPPER.readerFor(type).withHandler(unknown).readValue(text.get());
      unknown.problems.forEach(problems);
      if (binding == null) {
        problems.accept(emptyProblem);
      }
      return Optional.ofNullable(binding);
    } catch (StreamReadException e) {
      problems.accept(YamlSyntaxProblem.describe(e, text.get()));
    } catch (MismatchedInputException e) {
      problems.accept(isEmpty(text.get()) ? emptyProblem : shapeProblem.apply(e));
    } catch (JacksonException e) {
      problems.accept("cannot be read: " + e.getOriginalMessage());
    }
    return Optional.empty();
  }

  /** The keys a record binds, in declaration order: what an unknown key's message lists. */
  public static List<String> keys(Class<?> record) {
    RecordComponent[] components = record.getRecordComponents();
    return components == null ? List.of() : Arrays.stream(components).map(RecordComponent::getName).toList();
  }

  /** Where in the file {@code e} happened, as {@code " (line L, column C)"}; empty when unknown. */
  public static String at(MismatchedInputException e) {
    TokenStreamLocation location = e.getLocation();
    return location == null || location.getLineNr() < 1
        ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** The file's text: configuration is UTF-8, and a file saved as GBK would otherwise fail with a cryptic error. */
  private static Optional<String> utf8Text(byte[] bytes, Consumer<String> problems) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      problems.accept("is not UTF-8 text (save it as UTF-8, not GBK/ANSI)");
    }
    return Optional.empty();
  }

  /** Whether the YAML holds no value at all: only comments, or nothing. */
  private static boolean isEmpty(String yaml) {
    JsonNode document = MAPPER.readTree(yaml);
    return document == null || document.isMissingNode() || document.isNull();
  }

  /** Records unknown keys and skips their values, so binding goes on to find the others. */
  private static final class UnknownKeys extends DeserializationProblemHandler {

    private final Class<?> root;
    private final String[] lines;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> searchFrom = new HashMap<>();

    UnknownKeys(Class<?> root, String yaml) {
      this.root = root;
      this.lines = yaml.split("\n", -1);
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
        ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
      Class<?> owner = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
      String known = String.join(", ", keys(owner));
      problems.add(owner == root
          ? "unknown key '" + propertyName + "' (known: " + known + ")"
          : "unknown key '" + propertyName + "'" + line(propertyName) + " (known there: " + known + ")");
      parser.skipChildren();
      return true;
    }

    /**
     * Where the key is written: Jackson binds a record from a replay of its keys, which has no
     * location, so the key is looked up in the text (the next occurrence, for a key written twice).
     */
    private String line(String key) {
      Pattern written = Pattern.compile("^\\s*(?:-\\s+)?['\"]?" + Pattern.quote(key) + "['\"]?\\s*:");
      for (int i = searchFrom.getOrDefault(key, 0); i < lines.length; i++) {
        if (written.matcher(lines[i]).find()) {
          searchFrom.put(key, i + 1);
          return " at line " + (i + 1);
        }
      }
      return "";
    }
  }
}
