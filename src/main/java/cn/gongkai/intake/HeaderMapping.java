package cn.gongkai.intake;

import cn.gongkai.publication.PublicationField;
import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column holds which field: headers are compared after removing a BOM, NFKC, trimming and
 * lower-casing latin letters, against each field's synonyms. The first column that matches a field
 * wins; later columns with the same meaning are ignored.
 */
public final class HeaderMapping {

  private final Map<String, PublicationField> bySynonym;

  /** The mapping of SPEC section 3's default synonyms. */
  public static HeaderMapping defaults() {
    Map<String, PublicationField> synonyms = new HashMap<>();
    for (PublicationField field : PublicationField.values()) {
      for (String synonym : field.defaultSynonyms()) {
        synonyms.put(normalize(synonym), field);
      }
    }
    return new HeaderMapping(synonyms);
  }

  private HeaderMapping(Map<String, PublicationField> bySynonym) {
    this.bySynonym = Map.copyOf(bySynonym);
  }

  /** The field a header names, if any. */
  public Optional<PublicationField> field(String header) {
    return Optional.ofNullable(bySynonym.get(normalize(header)));
  }

  /** For each recognised field, the index of its column in {@code headers}. */
  public Map<PublicationField, Integer> columns(List<String> headers) {
    Map<PublicationField, Integer> columns = new EnumMap<>(PublicationField.class);
    for (int i = 0; i < headers.size(); i++) {
      int column = i;
      field(headers.get(i)).ifPresent(field -> columns.putIfAbsent(field, column));
    }
    return Collections.unmodifiableMap(columns);
  }

  static String normalize(String header) {
    String withoutBom = header.startsWith("\uFEFF") ? header.substring(1) : header;
    return Normalizer.normalize(withoutBom, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }
}
