package cn.gongkai.normalize;

import cn.gongkai.publication.Channel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Folds what exports write in the 公开渠道 column onto the official channels (SPEC section 3). The
 * fold table lives here alone so that it can become configuration; {@link #defaults()} is the table
 * the SPEC describes.
 */
public final class ChannelVocabulary {

  private static final Map<Channel, List<String>> DEFAULT_SYNONYMS =
      Map.of(
          Channel.GOVERNMENT_WEBSITE,
              List.of("网站", "门户网站", "政府门户网站", "官网", "政府网", "政务网站", "部门网站"),
          Channel.GOVERNMENT_GAZETTE, List.of("公报"),
          Channel.NEW_MEDIA,
              List.of(
                  "新媒体", "微博", "政务微博", "微信", "政务微信", "公众号", "微信公众号", "视频号",
                  "客户端", "移动客户端", "APP", "政务APP", "小程序", "抖音", "快手", "头条号", "今日头条"),
          Channel.PRESS_CONFERENCE, List.of("发布会"),
          Channel.NOTICE_BOARD, List.of("信息公开栏", "公告栏", "宣传栏", "公示栏"),
          Channel.READING_ROOM,
              List.of("查阅点", "政府信息查阅点", "查阅室", "档案馆", "图书馆", "政务服务中心"),
          Channel.OTHER, List.of("其它"));

  /**
   * What one cell said.
   *
   * @param channels the channels named, never empty
   * @param unknown the values the vocabulary did not know, as written, each once, in order of
   *     appearance; they were counted as 其他
   */
  public record Reading(Set<Channel> channels, List<String> unknown) {

    public Reading {
      if (channels.isEmpty()) {
        throw new IllegalArgumentException("a cell always names at least one channel");
      }
      channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
      unknown = List.copyOf(unknown);
    }
  }

  private final TermVocabulary<Channel> terms;
  private final Channel whenBlank;

  /**
   * @param synonyms what else each channel may be called; every channel is also known by its label
   * @param whenBlank the channel of a row that names none
   */
  public ChannelVocabulary(Map<Channel, List<String>> synonyms, Channel whenBlank) {
    this.terms = new TermVocabulary<>(Channel.class, synonyms);
    this.whenBlank = Objects.requireNonNull(whenBlank, "whenBlank");
  }

  /** The terms of the channels, for tests. */
  TermVocabulary<Channel> terms() {
    return terms;
  }

  /** The vocabulary of SPEC section 3: a row that names no channel was published on 政府网站. */
  public static ChannelVocabulary defaults() {
    return new ChannelVocabulary(DEFAULT_SYNONYMS, Channel.GOVERNMENT_WEBSITE);
  }

  /**
   * The channels {@code cell} names; a null or blank cell, or one of separators only, names the
   * default channel.
   */
  public Reading read(String cell) {
    if (cell == null) {
      return new Reading(EnumSet.of(whenBlank), List.of());
    }
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    Set<String> unknown = null; // most cells name only known channels
    int length = cell.length();
    int start = 0;
    while (start < length) {
      while (start < length && isSeparator(cell.charAt(start))) {
        start++;
      }
      int end = start;
      while (end < length && !isSeparator(cell.charAt(end))) {
        end++;
      }
      if (end > start) {
        String token = cell.substring(start, end);
        Channel known = terms.valueOf(token);
        channels.add(known == null ? Channel.OTHER : known);
        if (known == null) {
          unknown = unknown == null ? new LinkedHashSet<>() : unknown;
          unknown.add(token);
        }
      }
      start = end;
    }
    if (channels.isEmpty()) {
      channels.add(whenBlank);
    }
    return new Reading(channels, unknown == null ? List.of() : new ArrayList<>(unknown));
  }

  /**
   * 、 , ， ; ； / ／, Java's {@code \s} (space, tab, line feed, vertical tab, form feed, carriage return),
   * 全角空格, non-breaking and zero-width space, and the BOM.
   */
  static boolean isSeparator(char c) {
    return switch (c) {
      case '、', ',', '，', ';', '；', '/', '／', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u3000', '\u00A0',
          '\uFEFF', '\u200B' -> true;
      default -> false;
    };
  }
}
