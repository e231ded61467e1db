package cn.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The results file: one JSON object, indented for people who open it, stable for scripts that read it. */
public final class BenchJson {

  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private BenchJson() {}

  public static String render(BenchResult result) {
    return JSON.writeValueAsString(result);
  }

  public static void write(BenchResult result, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, render(result) + "\n");
  }
}
