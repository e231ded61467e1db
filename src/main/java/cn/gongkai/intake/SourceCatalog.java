package cn.gongkai.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The source definitions of an installation ({@code config/sources/*.yml}), in file-name order. A
 * file matching none of them is read with the default header synonyms, its department taken from
 * its name.
 */
public final class SourceCatalog {

  private final List<SourceDefinition> definitions;

  private SourceCatalog(List<SourceDefinition> definitions) {
    this.definitions = List.copyOf(definitions);
  }

  /**
   * Reads every {@code *.yml} and {@code *.yaml} file directly in {@code sourcesDir}, in file-name
   * order; other files (a README, {@code example.yml.disabled}) are ignored. A missing directory
   * means no sources.
   *
   * @param defaultOrganization the installation's organization, for definitions that name none
   * @throws SourceConfigException listing every problem of every file, when there is any
   */
  public static SourceCatalog load(Path sourcesDir, String defaultOrganization) {
    SourceProblems problems = new SourceProblems();
    List<SourceDefinition> definitions = new ArrayList<>();
    for (Path file : definitionFiles(sourcesDir, problems)) {
      new SourceFileParser(file, problems).parse()
          .flatMap(binding -> new SourceConversion(file, problems).convert(binding, defaultOrganization))
          .ifPresent(definitions::add);
    }
    checkUniqueNames(definitions, problems);
    problems.throwIfAny();
    return new SourceCatalog(definitions);
  }

  /** A catalog of {@code definitions}, tried in the given order. */
  public static SourceCatalog of(List<SourceDefinition> definitions) {
    return new SourceCatalog(definitions);
  }

  /** The first definition, in file-name order, whose pattern matches {@code relativeName}, a path in the inbox. */
  public Optional<SourceDefinition> match(String relativeName) {
    return definitions.stream().filter(definition -> definition.matches(relativeName)).findFirst();
  }

  /** Every definition, in file-name order; empty when the installation has none. */
  public List<SourceDefinition> all() {
    return definitions;
  }

  private static List<Path> definitionFiles(Path sourcesDir, SourceProblems problems) {
    if (!Files.exists(sourcesDir)) {
      return List.of();
    }
    if (!Files.isDirectory(sourcesDir)) {
      problems.add(sourcesDir, "is not a directory (source definitions go in a folder of *.yml files)");
      return List.of();
    }
    try (Stream<Path> files = Files.list(sourcesDir)) {
      return files.filter(SourceCatalog::isDefinitionFile)
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      problems.add(sourcesDir, "cannot be listed: " + e);
      return List.of();
    }
  }

  private static boolean isDefinitionFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".yml") || name.endsWith(".yaml")) && Files.isRegularFile(path);
  }

  private static void checkUniqueNames(List<SourceDefinition> definitions, SourceProblems problems) {
    Map<String, Path> firstFile = new HashMap<>();
    for (SourceDefinition definition : definitions) {
      Path first = firstFile.putIfAbsent(definition.name(), definition.definitionFile());
      if (first != null) {
        problems.add(definition.definitionFile(), "name '" + definition.name() + "' is already the name of "
            + first + " (each source needs its own name: set name: in one of them)");
      }
    }
  }
}
