package cn.gongkai.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.publication.Channel;
import cn.gongkai.publication.Disclosure;
import cn.gongkai.publication.DocType;
import cn.gongkai.publication.Labelled;
import cn.gongkai.publication.Validity;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Terms and channel cells read as they were read before the shortcuts (NFKC by {@link Normalizer}
 * twice, a regular expression to split a cell), kept here as the expected side.
 */
class VocabularyShortcutTest {

  private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/／\\s\\u3000\\u00A0\\uFEFF\\u200B]+");
  private static final String PIECES = "、,，;；/／ \t\n\u000B\f\r\u3000\u00A0\uFEFF\u200B\u2002\u001C";

  @Test
  void findsEveryTermAsBefore() {
    for (String text : texts(List.of(Disclosure.values(), DocType.values(), Validity.values(), Channel.values()),
        List.of("主动", "依申请", "申请公开", "不予", "政府规章", "规范性文件", "其它", "现行有效", "已废止", "过期", "APP", "政务APP",
            "微信公众号", "ａｐｐ", "ＡＰＰ", "App", "依申请 公开", "依申请\u3000公开", "NULL", "无", "İ", "ǅ", "ﬁ"))) {
      assertThat(TermVocabulary.DISCLOSURE.find(text)).as(text).isEqualTo(
          java.util.Optional.ofNullable(oldFind(TermVocabulary.DISCLOSURE, text, Disclosure.class)));
      assertThat(TermVocabulary.DOC_TYPE.find(text)).as(text).isEqualTo(
          java.util.Optional.ofNullable(oldFind(TermVocabulary.DOC_TYPE, text, DocType.class)));
      assertThat(TermVocabulary.VALIDITY.find(text)).as(text).isEqualTo(
          java.util.Optional.ofNullable(oldFind(TermVocabulary.VALIDITY, text, Validity.class)));
    }
  }

  @Test
  void readsEveryChannelCellAsBefore() {
    ChannelVocabulary vocabulary = ChannelVocabulary.defaults();
    List<String> cells = texts(List.<Labelled[]>of(Channel.values()),
        List.of("网站", "政府网站、政府公报", "微信，微博", "APP/小程序", "ＡＰＰ", "政务 APP", "抖音；快手", "黑板报", "黑板报、黑板报、网站"));
    cells.add(null);
    cells.add("");
    for (String cell : cells) {
      ChannelVocabulary.Reading reading = vocabulary.read(cell);
      ChannelVocabulary.Reading expected = oldRead(vocabulary, cell);
      assertThat(reading.channels()).as(cell).isEqualTo(expected.channels());
      assertThat(reading.unknown()).as(cell).isEqualTo(expected.unknown());
    }
  }

  /** Labels and synonyms, cut, joined and padded with every kind of space and separator, half of it full-width. */
  private static List<String> texts(List<Labelled[]> vocabularies, List<String> words) {
    List<String> pool = new ArrayList<>(words);
    vocabularies.forEach(values -> Arrays.stream(values).map(Labelled::label).forEach(pool::add));
    Random random = new Random(3);
    List<String> texts = new ArrayList<>(pool);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      int parts = 1 + random.nextInt(3);
      for (int i = 0; i < parts; i++) {
        String word = pool.get(random.nextInt(pool.size()));
        if (random.nextInt(4) == 0) {
          word = word.substring(random.nextInt(word.length()));
        }
        text.append(random.nextBoolean() ? word : fullWidth(word));
        text.append(PIECES.charAt(random.nextInt(PIECES.length())));
      }
      texts.add(random.nextBoolean() ? text.toString() : text.toString().strip());
    }
    return texts;
  }

  private static String fullWidth(String word) {
    StringBuilder wide = new StringBuilder();
    word.chars().forEach(c -> wide.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
    return wide.toString();
  }

  /** The old lookup: fold by Normalizer, then the key of the folded text by Normalizer again. */
  private static <E extends Enum<E> & Labelled> E oldFind(TermVocabulary<E> vocabulary, String text, Class<E> type) {
    String folded = oldFold(text);
    return folded == null ? null : vocabulary.terms().get(oldKey(folded));
  }

  private static ChannelVocabulary.Reading oldRead(ChannelVocabulary vocabulary, String cell) {
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    Set<String> unknown = new LinkedHashSet<>();
    List<String> tokens = cell == null ? List.of() : SEPARATORS.splitAsStream(cell).filter(t -> !t.isEmpty()).toList();
    for (String token : tokens) {
      Channel known = oldFind(vocabulary.terms(), token, Channel.class);
      channels.add(known == null ? Channel.OTHER : known);
      if (known == null) {
        unknown.add(token);
      }
    }
    if (channels.isEmpty()) {
      channels.add(Channel.GOVERNMENT_WEBSITE);
    }
    return new ChannelVocabulary.Reading(channels, new ArrayList<>(unknown));
  }

  private static String oldFold(String raw) {
    return raw == null ? null : RawText.clean(Normalizer.normalize(raw, Normalizer.Form.NFKC));
  }

  private static String oldKey(String term) {
    String folded = oldFold(term);
    StringBuilder kept = new StringBuilder();
    folded.chars().filter(c -> !RawText.isSpace((char) c)).forEach(c -> kept.append((char) c));
    return kept.toString().toLowerCase(Locale.ROOT);
  }
}
