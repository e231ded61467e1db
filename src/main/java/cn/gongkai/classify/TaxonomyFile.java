package cn.gongkai.classify;

import cn.gongkai.support.YamlConfigReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads an organization's taxonomy (config/taxonomy.yml by default) and checks it whole: every
 * problem of the file is reported at once, each with where it is and how to fix it, so a taxonomy
 * that would misclassify silently (a rule naming a misspelt category, a regular expression that
 * does not compile, two rules with one id) never reaches a run.
 */
public final class TaxonomyFile {

  private static final String EMPTY = "is empty (a taxonomy needs categories: and, usually, rules:)";
  private static final YamlConfigReader<TaxonomyBinding> READER =
      new YamlConfigReader<>(TaxonomyBinding.class, EMPTY, TaxonomyFile::shape);

  private TaxonomyFile() {}

  /** @throws TaxonomyException listing every problem, when there is any */
  public static Taxonomy load(Path file) {
    return parse(file, bytes(file));
  }

  /** The file's bytes, read once. @throws TaxonomyException when it is missing or cannot be read */
  static byte[] bytes(Path file) {
    // not "is a regular file": a taxonomy may come through a pipe, which is read all the same
    if (!Files.exists(file) || Files.isDirectory(file)) {
      throw new TaxonomyException(List.of(file + ": is missing (restore config/taxonomy.yml from the Gongkai "
          + "distribution, or point gongkai.classification.taxonomy at your organization's taxonomy)"));
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new TaxonomyException(List.of(file + ": cannot be read: " + e));
    }
  }

  /**
   * The taxonomy {@code bytes} hold, checked whole.
   *
   * @param file where the bytes came from, named in the problems
   * @throws TaxonomyException listing every problem, when there is any
   */
  static Taxonomy parse(Path file, byte[] bytes) {
    List<String> problems = new ArrayList<>();
    Taxonomy taxonomy = READER.read(bytes, problem -> problems.add(file + ": " + problem))
        .map(binding -> new TaxonomyConversion(problem -> problems.add(file + ": " + problem)).convert(binding))
        .orElse(null);
    if (!problems.isEmpty() || taxonomy == null) {
      throw new TaxonomyException(problems);
    }
    return taxonomy;
  }

  private static String shape(MismatchedInputException e) {
    List<JacksonException.Reference> path = e.getPath();
    if (path.isEmpty() || path.get(0).getPropertyName() == null) {
      return "must be a mapping of keys (" + String.join(", ", YamlConfigReader.keys(TaxonomyBinding.class))
          + ") to values";
    }
    String key = path.get(0).getPropertyName();
    if ((key.equals("categories") || key.equals("rules")) && path.size() <= 2) {
      return key + " must be a list of mappings, each item starting with '- '" + YamlConfigReader.at(e);
    }
    String inner = path.get(path.size() - 1).getPropertyName();
    return (inner == null ? key : inner) + " has a value of the wrong shape (a word, a list of words, or a "
        + "number for priority)" + YamlConfigReader.at(e);
  }
}
