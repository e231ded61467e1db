package cn.gongkai.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The problems found so far in the source definitions, gathered so they are reported together. */
final class SourceProblems {

  private final List<String> messages = new ArrayList<>();

  /** Records {@code problem}, a sentence naming the key and the fix, found in {@code file}. */
  void add(Path file, String problem) {
    messages.add(file + ": " + problem);
  }

  int count() {
    return messages.size();
  }

  /** @throws SourceConfigException listing every problem, if there is any */
  void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new SourceConfigException(messages);
    }
  }
}
