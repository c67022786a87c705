package org.crosscheck.truth.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SliceTableTest {

  private static final byte[] DATA = "gate\tB12\tgate\tB12\tB1\t2".getBytes(StandardCharsets.UTF_8);

  @Test
  void find_sameBytesAtAnotherOffset_sameId() {
    SliceTable t = new SliceTable(DATA);
    assertThat(t.find(0, 0, 4)).isEqualTo(-1);
    assertThat(t.add()).isZero();
    assertThat(t.find(0, 5, 8)).isEqualTo(-1);
    assertThat(t.add()).isEqualTo(1);
    assertThat(t.find(0, 9, 13)).isZero(); // the second "gate"
    assertThat(t.find(0, 14, 17)).isEqualTo(1); // the second "B12"
    assertThat(t.size()).isEqualTo(2);
  }

  @Test
  void find_prefixOrOtherTag_isNew() {
    SliceTable t = new SliceTable(DATA);
    t.find(0, 5, 8);
    t.add(); // "B12"
    assertThat(t.find(0, 18, 20)).isEqualTo(-1); // "B1" is a prefix, not the same range
    assertThat(t.add()).isEqualTo(1);
    assertThat(t.find(7, 5, 8)).isEqualTo(-1); // "B12" with another tag
    assertThat(t.add()).isEqualTo(2);
    assertThat(t.find(0, 14, 17)).isZero();
    assertThat(t.find(7, 14, 17)).isEqualTo(2);
    assertThat(t.find(0, 4, 4)).isEqualTo(-1); // the empty range is a key too
  }

  @Test
  void add_manyRanges_keepTheirIdsAcrossRehashes() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 10_000; i++) text.append(i).append(',');
    byte[] data = text.toString().getBytes(StandardCharsets.US_ASCII);
    SliceTable t = new SliceTable(data);
    int[] from = new int[10_000];
    int[] to = new int[10_000];
    int pos = 0;
    for (int i = 0; i < 10_000; i++) {
      from[i] = pos;
      while (data[pos] != ',') pos++;
      to[i] = pos++;
      assertThat(t.find(i % 3, from[i], to[i])).isEqualTo(-1);
      assertThat(t.add()).isEqualTo(i);
    }
    for (int i = 0; i < 10_000; i++) {
      assertThat(t.find(i % 3, from[i], to[i])).isEqualTo(i);
      assertThat(t.find((i + 1) % 3, from[i], to[i])).isEqualTo(-1);
    }
  }

  @Test
  void add_afterAFindThatFound_throws() {
    SliceTable t = new SliceTable(DATA);
    assertThatThrownBy(t::add).isInstanceOf(IllegalStateException.class).hasMessageContaining("find()");
    t.find(0, 0, 4);
    t.add();
    t.find(0, 9, 13);
    assertThatThrownBy(t::add).isInstanceOf(IllegalStateException.class);
  }
}
