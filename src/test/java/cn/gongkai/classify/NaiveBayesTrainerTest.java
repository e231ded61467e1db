package cn.gongkai.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model's counts as a run keeps and saves them: a model depends on the titles counted, never on
 * the order they came in, on titles added then taken back, or on a trip through a file. Each test
 * compares the predictions of two models over titles that share features with the training set.
 */
class NaiveBayesTrainerTest {

  private static final List<String[]> EXAMPLES = List.of(
      new String[] {"2023年城乡低保对象名单公示", "社会救助"}, new String[] {"第3季度特困人员救助供养名单", "社会救助"},
      new String[] {"临时救助资金发放情况", "社会救助"}, new String[] {"2022年高校毕业生就业见习岗位信息", "就业创业"},
      new String[] {"春风行动招聘会岗位信息", "就业创业"}, new String[] {"创业担保贷款申领指南", "就业创业"},
      new String[] {"局长带队赴乡镇调研督导", "工作动态"}, new String[] {"开展走访慰问困难群众活动", "工作动态"},
      new String[] {"低保边缘家庭认定公示", "社会救助"}, new String[] {"举办业务培训班", "工作动态"});

  private static final List<String> PROBES = List.of("低保对象公示", "就业见习岗位", "走访慰问活动", "救助岗位信息",
      "调研低保工作", "培训补贴申领");

  @Test
  void aModelIsTheSameWhateverOrderItsTitlesCameIn() {
    List<String[]> shuffled = new ArrayList<>(EXAMPLES);
    Collections.shuffle(shuffled, new Random(7));

    assertSamePredictions(trained(shuffled), trained(EXAMPLES));
  }

  @Test
  void titlesTakenBackLeaveTheModelOfThoseNeverAdded() {
    NaiveBayesTrainer trainer = trained(EXAMPLES);
    // a category and features only these titles had: gone again once they are taken back
    trainer.add("为烈属悬挂光荣牌", "优抚安置");
    trainer.add("为军属悬挂光荣牌", "优抚安置");
    trainer.add("2023年城乡低保对象名单公示", "就业创业");
    trainer.remove("为烈属悬挂光荣牌", "优抚安置");
    trainer.remove("为军属悬挂光荣牌", "优抚安置");
    trainer.remove("2023年城乡低保对象名单公示", "就业创业");

    assertThat(trainer.examples()).isEqualTo(EXAMPLES.size());
    assertThat(trainer.train(0.1).categories()).containsExactly("就业创业", "工作动态", "社会救助");
    assertSamePredictions(trainer, trained(EXAMPLES));
    assertThat(trainer.train(0.1).predict("光荣牌悬挂")).isEqualTo(trained(EXAMPLES).train(0.1).predict("光荣牌悬挂"));
  }

  @Test
  void countsWithARunsChangesAddedAreTheCountsOfTheTitlesAfterIt() {
    // before the run: the first seven; the run moves one title to another category and adds the rest
    NaiveBayesTrainer before = trained(EXAMPLES.subList(0, 7));
    NaiveBayesTrainer changes = new NaiveBayesTrainer();
    changes.remove("临时救助资金发放情况", "社会救助");
    changes.add("临时救助资金发放情况", "工作动态");
    EXAMPLES.subList(7, EXAMPLES.size()).forEach(example -> changes.add(example[0], example[1]));
    before.addAll(changes);

    List<String[]> after = new ArrayList<>(EXAMPLES);
    after.set(2, new String[] {"临时救助资金发放情况", "工作动态"});
    assertThat(before.examples()).isEqualTo(EXAMPLES.size());
    assertSamePredictions(before, trained(after));
  }

  @Test
  void countsReadBackFromWhatTheyWroteMakeTheSameModel() throws IOException {
    NaiveBayesTrainer written = trained(EXAMPLES);
    written.remove("举办业务培训班", "工作动态"); // zero counts travel too, and are left out of the model again
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    written.writeTo(new DataOutputStream(bytes));

    NaiveBayesTrainer read = NaiveBayesTrainer.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

    assertThat(read.examples()).isEqualTo(written.examples());
    assertSamePredictions(read, written);
  }

  @Test
  void savedCountsSayWhichStateOfWhichIndexTheyDescribe(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("model").resolve("gongkai-publications.counts");
    assertThat(SavedTraining.read(file)).isEmpty();

    IndexStamp stamp = new IndexStamp("gongkai-publications-000001", "ab12", 41, 520_000);
    new SavedTraining(stamp, trained(EXAMPLES)).write(file);
    SavedTraining saved = SavedTraining.read(file).orElseThrow();

    assertThat(saved.stamp()).isEqualTo(stamp);
    assertThat(saved.stamp()).as("rebuilt").isNotEqualTo(new IndexStamp("gongkai-publications-000002", "ab12", 41, 520_000));
    assertThat(saved.stamp()).as("taxonomy").isNotEqualTo(new IndexStamp("gongkai-publications-000001", "cd34", 41, 520_000));
    assertThat(saved.stamp()).as("a later run").isNotEqualTo(new IndexStamp("gongkai-publications-000001", "ab12", 42, 520_000));
    assertThat(saved.stamp()).as("one deleted").isNotEqualTo(new IndexStamp("gongkai-publications-000001", "ab12", 41, 519_999));
    assertSamePredictions(saved.counts(), trained(EXAMPLES));
  }

  @Test
  void aCutShortFileOfCountsIsNone(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gongkai-publications.counts");
    new SavedTraining(new IndexStamp("gongkai-publications-000001", "ab12", 41, 10), trained(EXAMPLES)).write(file);
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

    assertThat(SavedTraining.read(file)).isEmpty();
    assertThatThrownBy(() -> NaiveBayesTrainer.readFrom(new DataInputStream(new ByteArrayInputStream(new byte[] {0, 0, 0, 9}))))
        .isInstanceOf(IOException.class).hasMessageContaining("format 9");
  }

  private static NaiveBayesTrainer trained(List<String[]> examples) {
    NaiveBayesTrainer trainer = new NaiveBayesTrainer();
    examples.forEach(example -> trainer.add(example[0], example[1]));
    return trainer;
  }

  private static void assertSamePredictions(NaiveBayesTrainer actual, NaiveBayesTrainer expected) {
    NaiveBayesModel one = actual.train(0.1);
    NaiveBayesModel other = expected.train(0.1);
    assertThat(one.categories()).isEqualTo(other.categories());
    for (String probe : PROBES) {
      // exactly equal: the same counts in the same order make the same sums, bit for bit
      assertThat(one.predict(probe)).as(probe).isEqualTo(other.predict(probe));
    }
  }
}
