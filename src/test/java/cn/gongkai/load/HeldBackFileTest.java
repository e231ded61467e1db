package cn.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.classify.PublicationText;
import cn.gongkai.dedup.MergedPublication;
import cn.gongkai.dedup.PublicationMerge;
import cn.gongkai.publication.Channel;
import cn.gongkai.publication.Disclosure;
import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a first load holds back for the model comes back whole, in order, and a kill's cut entry is left out. */
class HeldBackFileTest {

  @TempDir
  Path dir;

  @Test
  void entriesComeBackAsHeldInTheOrderTheyWereAdded() throws IOException {
    Path file = dir.resolve("run-7").resolve(HeldBackFile.NAME);
    ClassifiedPublication full = new ClassifiedPublication("a1", "gongkai-publications",
        new PublicationText("关于“养老”服务😀的通知", "民发〔2024〕3号", "规章", "未知类别"), "其他", "default", null);
    ClassifiedPublication sparse = new ClassifiedPublication("b2", "gongkai-publications",
        new PublicationText("养老服务补贴", null, null, null), "其他", "default", null);
    byte[] head = "{\"title\":\"关于\"".getBytes(StandardCharsets.UTF_8);
    try (HeldBackFile.Appender appender = HeldBackFile.appendTo(file)) {
      appender.add(full, head);
      appender.add(sparse, new byte[0]);
      appender.flush();
    }
    try (HeldBackFile.Appender appender = HeldBackFile.appendTo(file)) { // a second attempt appends
      appender.add(full, head);
    }

    List<HeldBackFile.Entry> read = new ArrayList<>();
    HeldBackFile.read(file, read::add);

    assertThat(read).extracting(HeldBackFile.Entry::publication).containsExactly(full, sparse, full);
    assertThat(read.get(0).head()).isEqualTo(head);
    assertThat(read.get(1).head()).isEmpty();
    assertThat(HeldBackFile.ids(file)).isEqualTo(Set.of("a1", "b2"));
  }

  @Test
  void anEntryCutShortByAKillIsLeftOut() throws IOException {
    Path file = dir.resolve(HeldBackFile.NAME);
    ClassifiedPublication one = new ClassifiedPublication("a1", "p", new PublicationText("甲", null, null, null),
        "其他", "default", null);
    ClassifiedPublication two = new ClassifiedPublication("b2", "p", new PublicationText("乙", null, null, null),
        "其他", "default", null);
    try (HeldBackFile.Appender appender = HeldBackFile.appendTo(file)) {
      appender.add(one, new byte[] {'{'});
      appender.add(two, new byte[] {'{'});
    }
    byte[] whole = Files.readAllBytes(file);
    for (int cut = 1; cut < 8; cut++) {
      Files.write(file, Arrays.copyOf(whole, whole.length - cut));
      List<HeldBackFile.Entry> read = new ArrayList<>();
      HeldBackFile.read(file, read::add);
      assertThat(read).as("cut %d bytes", cut).extracting(HeldBackFile.Entry::publication).containsExactly(one);
    }
  }

  @Test
  void noFileHoldsNothing() throws IOException {
    assertThat(HeldBackFile.ids(dir.resolve("none.bin"))).isEmpty();
  }

  /** 8,191 characters of four bytes each stay under the 32,766 bytes of a keyword term; one more may not. */
  @Test
  void onlyPublicationsWhoseEveryTextIsShortEnoughAreHeld() {
    String longest = "😀".repeat(HeldBackFile.MAX_TEXT / 2) + "字"; // 8,191 chars
    assertThat(longest.length()).isEqualTo(HeldBackFile.MAX_TEXT);
    assertThat(HeldBackFile.canHold(publication(longest, "办公室.csv"))).isTrue();
    assertThat(HeldBackFile.canHold(publication(longest + "字", "办公室.csv"))).isFalse();
    assertThat(HeldBackFile.canHold(publication("标题", "长".repeat(HeldBackFile.MAX_TEXT + 1)))).isFalse();
  }

  private static MergedPublication publication(String docNo, String file) {
    return PublicationMerge.merge(List.of(new PublicationRecord(null, "养老服务补贴", docNo, "示例市民政局", "示例市民政局",
        "养老服务科", null, LocalDate.of(2024, 3, 1), Disclosure.PROACTIVE, Set.of(Channel.GOVERNMENT_WEBSITE), null,
        null, null, null, null, null, new Provenance(file, 3, null))));
  }
}
