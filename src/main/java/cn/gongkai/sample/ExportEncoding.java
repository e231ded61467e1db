package cn.gongkai.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the sample's files are encoded, the encodings SPEC section 3 says departments deliver. GBK is
 * the legacy encoding of many Chinese export systems; every word the generator writes is in it (a
 * test checks the vocabulary), and the organization must be too.
 */
public enum ExportEncoding {
  UTF_8("utf-8", StandardCharsets.UTF_8, false),
  /** UTF-8 preceded by a byte order mark, as Excel and many Windows tools write it. */
  UTF_8_BOM("utf-8-bom", StandardCharsets.UTF_8, true),
  GBK("gbk", Charset.forName("GBK"), false),
  /** Each department its own: UTF-8, GBK, UTF-8 with BOM, in turn from the office on. */
  MIXED("mixed", null, false);

  private static final List<ExportEncoding> MIXED_TURN = List.of(UTF_8, GBK, UTF_8_BOM);

  private final String label;
  private final Charset charset;
  private final boolean byteOrderMark;

  ExportEncoding(String label, Charset charset, boolean byteOrderMark) {
    this.label = label;
    this.charset = charset;
    this.byteOrderMark = byteOrderMark;
  }

  /**
   * The encoding named {@code label}, case-insensitively ({@code utf-8}, {@code utf-8-bom},
   * {@code gbk}, {@code mixed}).
   *
   * @throws IllegalArgumentException naming the labels there are
   */
  public static ExportEncoding of(String label) {
    String wanted = label.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(encoding -> encoding.label.equals(wanted)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("encoding must be one of "
            + String.join(", ", labels()) + ", was " + label));
  }

  /** The labels, in declaration order. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(ExportEncoding::label).toList();
  }

  public String label() {
    return label;
  }

  /** Whether some file is written in GBK, so that all text must be GBK-encodable. */
  public boolean usesGbk() {
    return this == GBK || this == MIXED;
  }

  /** The encoding of the file of the department of {@code index}: never {@link #MIXED}. */
  ExportEncoding ofDepartment(int index) {
    return this == MIXED ? MIXED_TURN.get(index % MIXED_TURN.size()) : this;
  }

  /** The charset of a file in this encoding; not for {@link #MIXED}. */
  Charset charset() {
    if (charset == null) {
      throw new IllegalStateException("mixed is an encoding per department, not of a file");
    }
    return charset;
  }

  /** Whether a file in this encoding starts with a byte order mark. */
  boolean byteOrderMark() {
    return byteOrderMark;
  }
}
