package cn.gongkai.normalize;

import static cn.gongkai.publication.Channel.GOVERNMENT_GAZETTE;
import static cn.gongkai.publication.Channel.GOVERNMENT_WEBSITE;
import static cn.gongkai.publication.Channel.NEW_MEDIA;
import static cn.gongkai.publication.Channel.NOTICE_BOARD;
import static cn.gongkai.publication.Channel.OTHER;
import static cn.gongkai.publication.Channel.PRESS_CONFERENCE;
import static cn.gongkai.publication.Channel.READING_ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.publication.Channel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelVocabularyTest {

  private final ChannelVocabulary vocabulary = ChannelVocabulary.defaults();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      政府网站 | GOVERNMENT_WEBSITE
      网站 | GOVERNMENT_WEBSITE
      门户网站 | GOVERNMENT_WEBSITE
      政府门户网站 | GOVERNMENT_WEBSITE
      官网 | GOVERNMENT_WEBSITE
      政府网 | GOVERNMENT_WEBSITE
      政府公报 | GOVERNMENT_GAZETTE
      公报 | GOVERNMENT_GAZETTE
      政务新媒体 | NEW_MEDIA
      微博 | NEW_MEDIA
      政务微博 | NEW_MEDIA
      微信 | NEW_MEDIA
      政务微信 | NEW_MEDIA
      公众号 | NEW_MEDIA
      微信公众号 | NEW_MEDIA
      客户端 | NEW_MEDIA
      APP | NEW_MEDIA
      app | NEW_MEDIA
      ＡＰＰ | NEW_MEDIA
      抖音 | NEW_MEDIA
      头条号 | NEW_MEDIA
      新闻发布会 | PRESS_CONFERENCE
      发布会 | PRESS_CONFERENCE
      公开栏 | NOTICE_BOARD
      信息公开栏 | NOTICE_BOARD
      公告栏 | NOTICE_BOARD
      宣传栏 | NOTICE_BOARD
      查阅场所 | READING_ROOM
      查阅点 | READING_ROOM
      档案馆 | READING_ROOM
      图书馆 | READING_ROOM
      政务服务中心 | READING_ROOM
      其他 | OTHER
      其它 | OTHER
      """)
  void foldsEachKnownNameOntoItsOfficialChannel(String cell, Channel channel) {
    assertThat(vocabulary.read(cell))
        .isEqualTo(new ChannelVocabulary.Reading(Set.of(channel), List.of()));
  }

  @Test
  void splitsOnEverySeparatorTheSpecNames() {
    ChannelVocabulary.Reading reading =
        vocabulary.read("政府网站、微博,公报，发布会;公开栏；查阅点/APP 抖音\u3000官网／网站");

    assertThat(reading.channels())
        .containsExactlyInAnyOrder(GOVERNMENT_WEBSITE, NEW_MEDIA, GOVERNMENT_GAZETTE,
            PRESS_CONFERENCE, NOTICE_BOARD, READING_ROOM);
    assertThat(reading.unknown()).isEmpty();
  }

  @Test
  void foldsUnknownNamesIntoOtherAndRecordsThemAsWrittenOnce() {
    ChannelVocabulary.Reading reading = vocabulary.read("报纸、政府网站、ＸＸ电视台、报纸");

    assertThat(reading.channels()).containsExactlyInAnyOrder(OTHER, GOVERNMENT_WEBSITE);
    assertThat(reading.unknown()).containsExactly("报纸", "ＸＸ电视台");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {" ", "\u3000", "、", " ， ; "})
  @NullAndEmptySource
  void readsABlankCellAsTheGovernmentWebsite(String cell) {
    assertThat(vocabulary.read(cell))
        .isEqualTo(new ChannelVocabulary.Reading(Set.of(GOVERNMENT_WEBSITE), List.of()));
  }

  @Test
  void usesTheTableAndDefaultItIsGiven() {
    ChannelVocabulary custom =
        new ChannelVocabulary(Map.of(NEW_MEDIA, List.of("两微一端")), NOTICE_BOARD);

    assertThat(custom.read("两微一端、微博").channels()).containsExactlyInAnyOrder(NEW_MEDIA, OTHER);
    assertThat(custom.read("两微一端、微博").unknown()).containsExactly("微博");
    assertThat(custom.read("").channels()).containsExactly(NOTICE_BOARD);
  }
}
