package cn.gongkai.job;

import cn.gongkai.support.TextPrefix;

/** A rejected row's text as reports show it: whole, unless it is so long that it would drown them. */
final class RawText {

  static final int MAX_CHARS = 2_000;

  private RawText() {}

  /** The text, or its first {@value #MAX_CHARS} characters and how long it really is. */
  static String shortened(String raw) {
    if (raw == null || raw.length() <= MAX_CHARS) {
      return raw;
    }
    return TextPrefix.of(raw, MAX_CHARS) + "…（共" + raw.length() + "字符，此处只显示前" + MAX_CHARS + "字符）";
  }
}
