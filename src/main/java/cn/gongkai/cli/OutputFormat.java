package cn.gongkai.cli;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** How a command prints its result: a table for people, or one JSON object for scripts. */
enum OutputFormat {
  TEXT,
  JSON;

  private static final JsonMapper JSON_MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  static String json(Object value) {
    return JSON_MAPPER.writeValueAsString(value);
  }
}
