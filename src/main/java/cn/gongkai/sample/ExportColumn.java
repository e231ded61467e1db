package cn.gongkai.sample;

import cn.gongkai.publication.PublicationField;
import java.util.Objects;

/** A column of a department's export: the field it holds and the header the department gives it. */
record ExportColumn(PublicationField field, String header) {

  /** @throws IllegalArgumentException if the header is not a default synonym of the field */
  ExportColumn {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(header, "header");
    if (!field.defaultSynonyms().contains(header)) {
      throw new IllegalArgumentException(header + " is not a header synonym of " + field.label());
    }
  }
}
