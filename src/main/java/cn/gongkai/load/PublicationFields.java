package cn.gongkai.load;

import co.elastic.clients.json.JsonData;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Map;

/**
 * A publication as a scan reads it: the doc values of the fields asked for (keywords, dates as
 * yyyy-MM-dd, numbers), never its stored {@code _source}, which holds every row it merged and would
 * have to be decompressed and parsed whole for a few fields. The title is read from its keyword
 * sub-field.
 *
 * @param index the concrete index holding it, for updates that do not go through the alias
 */
public record PublicationFields(String id, String index, Map<String, JsonData> values) {

  /** The first value of a text field, or {@code null} when it has none. */
  public String text(String field) {
    JsonValue value = first(field);
    return value == null ? null : ((JsonString) value).getString();
  }

  /** A date field, or {@code null} when it has none. */
  public LocalDate date(String field) {
    String text = text(field);
    return text == null ? null : LocalDate.parse(text);
  }

  /** A numeric field, or {@code null} when it has none. */
  public Number number(String field) {
    JsonValue value = first(field);
    return value == null ? null : ((JsonNumber) value).numberValue();
  }

  private JsonValue first(String field) {
    JsonData data = values.get(PublicationScan.docValueField(field));
    if (data == null) {
      return null;
    }
    JsonArray array = data.toJson().asJsonArray();
    return array.isEmpty() ? null : array.get(0);
  }
}
