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
          ItemError error = error(parser);
          reading.errorType = error.type();
          reading.errorReason = error.reason();
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
    ItemError error = null;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("status")) {
        status = parser.getValueAsInt();
      } else if (name.equals("error")) {
        error = value == JsonToken.START_OBJECT ? error(parser) : ItemError.NONE;
        parser.skipChildren();
      } else {
        parser.skipChildren();
      }
    }
    if (error != null || status == BusyClusterBackoff.TOO_MANY_REQUESTS) {
      ItemError given = error == null ? ItemError.NONE : error;
      failed.add(new FailedItem(position, status, error != null, given.type(), given.reason(), given.index()));
    }
  }

  /**
   * The type, reason and index of an error object, the parser on its start and left on its end.
   * Only its own fields count: a {@code caused_by} inside it is skipped whole.
   */
  private static ItemError error(JsonParser parser) {
    String type = "";
    String reason = "";
    String index = "";
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (!value.isScalarValue()) {
        parser.skipChildren();
      } else if (name.equals("type")) {
        type = parser.getValueAsString("");
      } else if (name.equals("reason")) {
        reason = parser.getValueAsString("");
      } else if (name.equals("index")) {
        index = parser.getValueAsString("");
      }
    }
    return new ItemError(type, reason, index);
  }

  /**
   * What an error object says. Many failures on a shard (a shard not active, a version conflict)
   * name the concrete index in {@code index}, where the write named only the alias; others (a 400
   * for the content, a blocked index) name none, and it is empty.
   */
  private record ItemError(String type, String reason, String index) {
    static final ItemError NONE = new ItemError("", "", "");
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
