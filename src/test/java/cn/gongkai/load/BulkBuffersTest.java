package cn.gongkai.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BulkBuffersTest {

  private static final int MB = 1024 * 1024;

  private final BulkBuffers buffers = new BulkBuffers();

  @Test
  void givesTheSmallestKeptArrayThatHoldsWhatIsAskedFor() {
    byte[] two = new byte[2 * MB];
    byte[] four = new byte[4 * MB];
    byte[] eight = new byte[8 * MB];
    buffers.giveBack(eight);
    buffers.giveBack(two);
    buffers.giveBack(four);

    assertThat(buffers.take(3 * MB)).isSameAs(four);
    assertThat(buffers.take(MB)).isSameAs(two);
    assertThat(buffers.kept()).isEqualTo(1);
  }

  @Test
  void makesANewArrayWhenNoneKeptIsLargeEnough() {
    byte[] small = new byte[MB];
    buffers.giveBack(small);

    byte[] taken = buffers.take(2 * MB);

    assertThat(taken).isNotSameAs(small).hasSize(2 * MB);
    assertThat(buffers.kept()).isEqualTo(1);
  }

  @Test
  void keepsAFewArraysAtMostLettingTheSmallestGo() {
    byte[] smallest = new byte[MB];
    buffers.giveBack(smallest);
    for (int i = 0; i < BulkBuffers.KEPT; i++) {
      buffers.giveBack(new byte[2 * MB + i]);
    }

    assertThat(buffers.kept()).isEqualTo(BulkBuffers.KEPT);
    for (int i = 0; i < BulkBuffers.KEPT; i++) {
      assertThat(buffers.take(0)).isNotSameAs(smallest).hasSizeGreaterThanOrEqualTo(2 * MB);
    }
    assertThat(buffers.kept()).isZero();
  }

  @Test
  void keepsNoSmallArrays() {
    buffers.giveBack(new byte[BulkBuffers.SMALLEST_KEPT - 1]);

    assertThat(buffers.kept()).isZero();
  }

  @Test
  void refusesAnArrayGivenBackTwice() {
    byte[] array = new byte[MB];
    buffers.giveBack(array);

    assertThatThrownBy(() -> buffers.giveBack(array)).isInstanceOf(IllegalStateException.class);
  }
}
