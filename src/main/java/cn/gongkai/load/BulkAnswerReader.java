package cn.gongkai.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a bulk response as a stream, into a {@link BulkAnswer}: whether any item failed and, only
 * then, which ones. Elasticsearch writes {@code errors} before {@code items}, so a response without
 * failures is read no further than its first field, where reading it into a tree cost every request
 * a node per item (issue 19).
 */
final class BulkAnswerReader {

  private BulkAnswerReader() {}

  /** @param walkItems whether to read the items at all (not of a request that failed as a whole) */
  static BulkAnswer read(InputStream in, boolean walkItems) throws IOException {
    try (JsonParser parser = ElasticsearchConnection.DOCUMENTS.createParser(in)) {
      Reading reading = new Reading();
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return reading.answer();
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("errors")) {
          reading.hasErrors = true;
          reading.errors = parser.getValueAsBoolean();
          if (!reading.errors && walkItems) {
            return reading.answer();
          }
        } else if (name.equals("error") && value == JsonToken.START_OBJECT) {
          String[] error = error(parser);
          reading.errorType = error[0];
          reading.errorReason = error[1];
        } else if (name.equals("items") && value == JsonToken.START_ARRAY && walkItems) {
          reading.items = items(parser, reading.failed);
        } else {
          parser.skipChildren();
        }
      }
      return reading.answer();
    }
  }

  /** Reads the items, the parser on their array's start; returns how many there are. */
  private static int items(JsonParser parser, List<FailedItem> failed) {
    int position = 0;
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      // one property per item, named for its action ("index", "delete"), its outcome the value
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        if (parser.nextToken() == JsonToken.START_OBJECT) {
          outcome(parser, position, failed);
        } else {
          parser.skipChildren();
        }
      }
      position++;
    }
    return position;
  }

  private static void outcome(JsonParser parser, int position, List<FailedItem> failed) {
    int status = 0;
    String[] error = null;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("status")) {
        status = parser.getValueAsInt();
      } else if (name.equals("error")) {
        error = value == JsonToken.START_OBJECT ? error(parser) : new String[] {"", ""};
        parser.skipChildren();
      } else {
        parser.skipChildren();
      }
    }
    if (error != null || status == BusyClusterBackoff.TOO_MANY_REQUESTS) {
      failed.add(new FailedItem(position, status, error != null, error == null ? "" : error[0],
          error == null ? "" : error[1]));
    }
  }

  /** The type and reason of an error object, the parser on its start and left on its end. */
  private static String[] error(JsonParser parser) {
    String[] typeAndReason = {"", ""};
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value.isScalarValue() && (name.equals("type") || name.equals("reason"))) {
        typeAndReason[name.equals("type") ? 0 : 1] = parser.getValueAsString("");
      } else {
        parser.skipChildren();
      }
    }
    return typeAndReason;
  }

  /** A {@link BulkAnswer} as it is read. */
  private static final class Reading {
    boolean hasErrors;
    boolean errors;
    String errorType = "";
    String errorReason = "";
    int items;
    final List<FailedItem> failed = new ArrayList<>();

    BulkAnswer answer() {
      return new BulkAnswer(hasErrors, errors, errorType, errorReason, items, failed);
    }
  }
}
