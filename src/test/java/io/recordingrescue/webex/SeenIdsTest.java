package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The scan's set of seen ids answers as a {@code HashSet<String>} does. */
class SeenIdsTest {

  @Test
  void answersAsAHashSetForManyIdsRepeatsAndOddOnes() {
    Random random = new Random(7);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 60_000; i++) {
      ids.add(
          UUID.nameUUIDFromBytes(new byte[] {(byte) i, (byte) (i >> 8), (byte) (i >> 16)})
              .toString());
    }
    // Strings with equal hash codes ("Aa" and "BB"), prefixes of each other, empty, non-Latin-1.
    ids.addAll(List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "", "A", "東京-1", "東京-10", "Zürich"));
    SeenIds seen = new SeenIds();
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      // About a third are repeats, as pages that shifted or windows that overlap would send.
      String id = i < ids.size() ? ids.get(i) : ids.get(random.nextInt(ids.size()));
      String copy = new String(id.toCharArray()); // equal, not the same object
      assertThat(seen.add(copy)).as("add #%d %s", i, id).isEqualTo(expected.add(id));
    }
    assertThat(seen.size()).isEqualTo(expected.size());
  }

  @Test
  void nullCountsAsOneIdAsInAHashSet() {
    SeenIds seen = new SeenIds();

    assertThat(seen.add(null)).isTrue();
    assertThat(seen.add(null)).isFalse();
    assertThat(seen.add("null")).isTrue();
    assertThat(seen.size()).isEqualTo(2);
  }
}
