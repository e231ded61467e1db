package cn.gongkai.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** How a command prints its result: a table for people, or one JSON object for scripts. */
enum OutputFormat {
  TEXT,
  JSON;

  private static final JsonMapper JSON_MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private static String json(Object value) {
    return JSON_MAPPER.writeValueAsString(value);
  }

  /** Prints {@code value} in this format: as JSON, or as {@code text} renders it for people. */
  <T> void print(PrintWriter out, T value, Function<T, String> text) {
    out.print(this == JSON ? json(value) + "\n" : text.apply(value));
    out.flush();
  }
}
