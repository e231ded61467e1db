package cn.gongkai.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import cn.gongkai.publication.Channel;
import cn.gongkai.publication.Disclosure;
import cn.gongkai.publication.Provenance;
import cn.gongkai.publication.PublicationRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NearDuplicateFinderTest {

  static final String CIVIL = "示例市民政局";
  static final LocalDate DAY = LocalDate.of(2024, 3, 8);
  static final String NOTICE = "关于做好低保工作的通知";

  final NearDuplicateFinder finder = new NearDuplicateFinder(0.9, 3);

  @Test
  void reportsTheSameTitleWithAFullStopPublishedTwoDaysLater() {
    NearDuplicateCandidate loaded = candidate("a", CIVIL, DAY, "关于印发《示例市养老服务补贴办法》的通知");
    NearDuplicateCandidate probe = candidate("b", CIVIL, DAY.plusDays(2), "关于印发《示例市养老服务补贴办法》的通知。");

    assertThat(finder.find(List.of(probe), List.of(loaded))).containsExactly(new NearDuplicate(
        "a", loaded.title(), DAY, "b", probe.title(), DAY.plusDays(2), CIVIL, 1.0));
  }

  @Test
  void includesASimilarityExactlyAtTheThreshold() {
    NearDuplicateCandidate shortened = candidate("b", CIVIL, DAY, "关于做好低保工作的通");
    NearDuplicateCandidate condensed = candidate("c", CIVIL, DAY, "关于做好低保工作通知");

    List<NearDuplicate> found = finder.find(List.of(candidate("a", CIVIL, DAY, NOTICE)),
        List.of(shortened, condensed));

    assertThat(found).extracting(NearDuplicate::secondId, NearDuplicate::similarity)
        .containsExactly(tuple("b", 0.9));
  }

  @Test
  void findsPairsAtThresholdsThatRoundUpWhenMultipliedBySetSizes() {
    // 0.56 * 25 is 14.000000000000002 although 14 / 25 is 0.56: a prefix from Math.ceil of it would be
    // one bigram short, and here the rarest shared bigram is exactly the one it would cut off.
    NearDuplicateFinder lenient = new NearDuplicateFinder(0.56, 3);
    NearDuplicateCandidate full = candidate("a", CIVIL, DAY, "关于印发《示例市居家养老服务补贴资金管理暂行办法》的通知");
    NearDuplicateCandidate cut = candidate("b", CIVIL, DAY, "关于印发《示例市居家养老服务补贴");

    assertThat(lenient.find(List.of(full), List.of(cut))).extracting(NearDuplicate::similarity)
        .containsExactly(14.0 / 25);
    assertThat(lenient.find(List.of(cut), List.of(full))).hasSize(1);
  }

  @Test
  void leavesOutAOneCharacterChangeInAShortTitleAtTheSpecThreshold() {
    NearDuplicateCandidate probe = candidate("a", CIVIL, DAY, "关于印发《示例市养老服务补贴办法》的通知");
    NearDuplicateCandidate changed = candidate("b", CIVIL, DAY, "关于印发《示例市养老服务补助办法》的通知");

    assertThat(finder.find(List.of(probe), List.of(changed))).isEmpty();
    assertThat(new NearDuplicateFinder(0.75, 3).find(List.of(probe), List.of(changed)))
        .extracting(NearDuplicate::similarity).containsExactly(15.0 / 19);
  }

  @ParameterizedTest(name = "{0} days apart: reported {1}")
  @CsvSource({"-4, false", "-3, true", "0, true", "3, true", "4, false"})
  void pairsPublicationsAtMostMaxDaysApart(int days, boolean reported) {
    NearDuplicateCandidate probe = candidate("a", CIVIL, DAY, NOTICE);
    NearDuplicateCandidate other = candidate("b", CIVIL, DAY.plusDays(days), NOTICE + "。");

    assertThat(finder.find(List.of(probe), List.of(other))).hasSize(reported ? 1 : 0);
  }

  @Test
  void pairsTitlesOfOnePublisherWrittenWithDifferentSpacesOrWidths() {
    NearDuplicateCandidate loaded = candidate("a", "示例市民政局(本级)", DAY, NOTICE);
    NearDuplicateCandidate spaced = candidate("b", "示例市\u3000民政局（本级）", DAY.plusDays(1), NOTICE + "。");

    assertThat(finder.find(List.of(spaced), List.of(loaded))).extracting(NearDuplicate::firstId, NearDuplicate::secondId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "b"));
  }

  @Test
  void neverPairsPublicationsOfDifferentPublishers() {
    NearDuplicateCandidate probe = candidate("a", CIVIL, DAY, NOTICE);
    NearDuplicateCandidate theirs = candidate("b", "示例市财政局", DAY, NOTICE);

    assertThat(finder.find(List.of(probe), List.of(theirs))).isEmpty();
    assertThat(finder.find(List.of(probe, theirs), List.of())).isEmpty();
  }

  @Test
  void neverPairsAProbeWithItselfOrWithAnotherVersionOfItself() {
    NearDuplicateCandidate probe = candidate("a", CIVIL, DAY, NOTICE);
    NearDuplicateCandidate loadedVersion = candidate("a", CIVIL, DAY.plusDays(1), NOTICE + "。");

    assertThat(finder.find(List.of(probe), List.of(probe, loadedVersion))).isEmpty();
  }

  @Test
  void reportsAPairOfTwoProbesOnceWhicheverListsHoldThem() {
    NearDuplicateCandidate first = candidate("a", CIVIL, DAY, NOTICE);
    NearDuplicateCandidate second = candidate("b", CIVIL, DAY, NOTICE + "。");

    assertThat(finder.find(List.of(second, first), List.of())).hasSize(1);
    assertThat(finder.find(List.of(second, first), List.of(first, second))).hasSize(1);
    assertThat(finder.find(List.of(first, first), List.of(second, second))).hasSize(1);
  }

  @Test
  void findsNothingForTitlesWithoutLettersOrDigits() {
    NearDuplicateCandidate probe = candidate("a", CIVIL, DAY, "《》");

    assertThat(finder.find(List.of(probe), List.of(candidate("b", CIVIL, DAY, "。")))).isEmpty();
  }

  @Test
  void usesTheProbesVersionOfAPublicationTheWindowAlsoHolds() {
    NearDuplicateCandidate stale = candidate("a", CIVIL, DAY, "市容环境卫生管理规定");
    NearDuplicateCandidate changed = candidate("a", CIVIL, DAY, NOTICE);
    NearDuplicateCandidate other = candidate("b", CIVIL, DAY, NOTICE);

    assertThat(finder.find(List.of(changed), List.of(stale, other)))
        .extracting(NearDuplicate::firstTitle).containsExactly(NOTICE);
  }

  @Test
  void sortsByPublisherThenByIds() {
    List<NearDuplicateCandidate> probes = List.of(candidate("d", CIVIL, DAY, NOTICE),
        candidate("c", "示例市财政局", DAY, NOTICE), candidate("a", CIVIL, DAY, NOTICE));
    List<NearDuplicateCandidate> window = List.of(candidate("b", CIVIL, DAY, NOTICE),
        candidate("e", "示例市财政局", DAY, NOTICE));

    assertThat(finder.find(probes, window)).extracting(pair -> pair.firstId() + pair.secondId())
        .containsExactly("ab", "ad", "bd", "ce");
  }

  @Test
  void takesPublisherDateAndTitleFromAPublicationRecord() {
    PublicationRecord record = new PublicationRecord(null, NOTICE, null, CIVIL, CIVIL, "社会救助科", null, DAY,
        Disclosure.PROACTIVE, Set.of(Channel.GOVERNMENT_WEBSITE), null, null, null, null, null, null,
        new Provenance("社会救助科.csv", 2, "社会救助科"));

    assertThat(NearDuplicateCandidate.of("a", record)).isEqualTo(candidate("a", CIVIL, DAY, NOTICE));
  }

  @ParameterizedTest(name = "threshold {0}")
  @ValueSource(doubles = {0, -0.1, 1.01, Double.NaN})
  void refusesAThresholdOutsideZeroToOne(double threshold) {
    assertThatIllegalArgumentException().isThrownBy(() -> new NearDuplicateFinder(threshold, 3));
  }

  @Test
  void refusesANegativeDayWindowAndAcceptsZeroDaysAndThresholdOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> new NearDuplicateFinder(0.9, -1));
    NearDuplicateFinder strict = new NearDuplicateFinder(1, 0);

    assertThat(strict.find(List.of(candidate("a", CIVIL, DAY, NOTICE)),
        List.of(candidate("b", CIVIL, DAY, NOTICE + "。"), candidate("c", CIVIL, DAY.plusDays(1), NOTICE))))
        .extracting(NearDuplicate::secondId).containsExactly("b");
  }

  @ParameterizedTest(name = "seed {0}, threshold {1}")
  @CsvSource({"1, 0.8", "1, 0.9", "1, 0.95", "2, 0.8", "2, 0.9", "2, 0.95", "3, 0.8", "3, 0.9", "3, 0.95",
      "4, 0.5", "5, 1.0"})
  void findsExactlyThePairsComparingEveryPairFinds(long seed, double threshold) {
    TitleCorpus corpus = new TitleCorpus(seed);
    List<NearDuplicateCandidate> window = corpus.window("w", 3_000);
    List<NearDuplicateCandidate> probes = corpus.probes(window, 600);

    List<NearDuplicate> found = new NearDuplicateFinder(threshold, 3).find(probes, window);

    assertThat(found).isEqualTo(TitleCorpus.bruteForce(probes, window, threshold, 3));
    assertThat(found).hasSizeGreaterThan(100);
    if (threshold < 1) {
      assertThat(found).anyMatch(pair -> pair.similarity() < 1);
    }
  }

  @Test
  void handlesThousandsOfProbesAgainstTensOfThousandsOfTitlesLikeComparingEveryPair() {
    TitleCorpus corpus = new TitleCorpus(42);
    List<NearDuplicateCandidate> window = corpus.window("w", 20_000);
    List<NearDuplicateCandidate> probes = corpus.probes(window, 2_000);

    List<NearDuplicate> found = new NearDuplicateFinder(0.9, 3).find(probes, window);

    List<NearDuplicateCandidate> sample = sample(probes, 100, new Random(42));
    Set<String> sampleIds = new HashSet<>(sample.stream().map(NearDuplicateCandidate::id).toList());
    List<NearDuplicate> expected = TitleCorpus.bruteForce(sample, Stream.concat(window.stream(), probes.stream())
        .toList(), 0.9, 3);
    assertThat(found).hasSizeGreaterThan(1_000)
        .filteredOn(pair -> sampleIds.contains(pair.firstId()) || sampleIds.contains(pair.secondId()))
        .isEqualTo(expected);
  }

  /**
   * {@code count} probes at random, each in the version the finder uses: the last one given for its id.
   */
  static List<NearDuplicateCandidate> sample(List<NearDuplicateCandidate> probes, int count, Random random) {
    Map<String, NearDuplicateCandidate> latest = new LinkedHashMap<>();
    probes.forEach(probe -> latest.put(probe.id(), probe));
    List<NearDuplicateCandidate> shuffled = new ArrayList<>(latest.values());
    Collections.shuffle(shuffled, random);
    return shuffled.subList(0, count);
  }

  static NearDuplicateCandidate candidate(String id, String publisher, LocalDate date, String title) {
    return new NearDuplicateCandidate(id, publisher, date, title);
  }
}
