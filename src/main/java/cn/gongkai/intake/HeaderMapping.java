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
 * wins; later columns with the same meaning are ignored. A source may name its headers explicitly:
 * a header it names means what it says, before any synonym; headers it does not name still go by
 * the synonyms.
 */
public final class HeaderMapping {

  private final Map<String, PublicationField> bySynonym;
  private final Map<String, PublicationField> explicit;

  /** The mapping of SPEC section 3's default synonyms. */
  public static HeaderMapping defaults() {
    Map<String, PublicationField> synonyms = new HashMap<>();
    for (PublicationField field : PublicationField.values()) {
      for (String synonym : field.defaultSynonyms()) {
        synonyms.put(normalize(synonym), field);
      }
    }
    return new HeaderMapping(synonyms, Map.of());
  }

  private HeaderMapping(Map<String, PublicationField> bySynonym, Map<String, PublicationField> explicit) {
    this.bySynonym = Map.copyOf(bySynonym);
    this.explicit = Map.copyOf(explicit);
  }

  /**
   * This mapping with a source's own header names, which win over the synonyms.
   *
   * @param headers normalized header (see {@link #normalize}) to field
   */
  public HeaderMapping withExplicit(Map<String, PublicationField> headers) {
    return new HeaderMapping(bySynonym, headers);
  }

  /** The source's own header names (normalized header to field); empty for the defaults. */
  public Map<String, PublicationField> explicit() {
    return explicit;
  }

  /** The field a header names, if any: an explicit name first, then the synonyms. */
  public Optional<PublicationField> field(String header) {
    String normalized = normalize(header);
    PublicationField named = explicit.get(normalized);
    return Optional.ofNullable(named != null ? named : bySynonym.get(normalized));
  }

  /**
   * For each recognised field, the index of its column in {@code headers}: explicitly named columns
   * first, so a synonym elsewhere in the header cannot take their field.
   */
  public Map<PublicationField, Integer> columns(List<String> headers) {
    Map<PublicationField, Integer> columns = new EnumMap<>(PublicationField.class);
    for (int i = 0; i < headers.size(); i++) {
      PublicationField named = explicit.get(normalize(headers.get(i)));
      if (named != null) {
        columns.putIfAbsent(named, i);
      }
    }
    for (int i = 0; i < headers.size(); i++) {
      String normalized = normalize(headers.get(i));
      PublicationField synonym = explicit.containsKey(normalized) ? null : bySynonym.get(normalized);
      if (synonym != null) {
        columns.putIfAbsent(synonym, i);
      }
    }
    return Collections.unmodifiableMap(columns);
  }

  /**
   * The form headers are compared in: BOM removed, NFKC (full-width letters and spaces become
   * ordinary ones), trimmed, latin letters lower-cased. Source definitions key their explicit
   * header mappings by it too, so a mapping matches however the export spells the header.
   */
  public static String normalize(String header) {
    String withoutBom = header.startsWith("\uFEFF") ? header.substring(1) : header;
    return Normalizer.normalize(withoutBom, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }
}
