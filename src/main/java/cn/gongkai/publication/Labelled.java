package cn.gongkai.publication;

import java.util.Optional;

/** A closed vocabulary whose values have an official Chinese name (标签) used in exports and reports. */
public interface Labelled {

  /** The official Chinese name, as it appears in reports and in Elasticsearch. */
  String label();

  /** The value of {@code type} whose official name is exactly {@code label}; empty for anything else. */
  static <E extends Enum<E> & Labelled> Optional<E> byLabel(Class<E> type, String label) {
    for (E value : type.getEnumConstants()) {
      if (value.label().equals(label)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
