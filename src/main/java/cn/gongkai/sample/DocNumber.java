package cn.gongkai.sample;

import java.util.Objects;

/** A document number (文号) and the series it was drawn from. */
record DocNumber(DocNumberKind kind, String text) {

  DocNumber {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
