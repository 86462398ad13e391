package io.recordingrescue.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RestorePlannerTest {
  private final RestorePlanner planner = new RestorePlanner();

  @Test
  void trimsDropsBlanksAndDuplicatesKeepingOrder() {
    RestorePlan plan =
        planner.plan(new RestoreTarget.ByIds(List.of(" b1 ", "a2", "", "b1", "  ", "a2\t", "c3")));
    assertThat(plan.ids()).containsExactly("b1", "a2", "c3");
    assertThat(plan.duplicatesRemoved()).isEqualTo(2);
    assertThat(plan.rejected()).isEmpty();
  }

  @Test
  void setsAsideMalformedIdsWithAReason() {
    RestorePlan plan =
        planner.plan(
            new RestoreTarget.ByIds(List.of("good-1", "bad id", "\"quoted\"", "x".repeat(300))));
    assertThat(plan.ids()).containsExactly("good-1");
    assertThat(plan.rejected())
        .extracting(RestorePlan.RejectedId::input)
        .containsExactly("bad id", "\"quoted\"", "x".repeat(300));
    assertThat(plan.rejected().get(2).reason()).contains("longer than 256");
  }

  @Test
  void refusesEmptyAndAllMalformedLists() {
    assertThatThrownBy(() -> planner.plan(new RestoreTarget.ByIds(List.of(" ", ""))))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> planner.plan(new RestoreTarget.ByIds(List.of("a b", "c,d"))))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("None of the 2 entries");
  }

  @Test
  void refusesMoreThanOneHundredThousandDistinctIds() {
    List<String> ids = new ArrayList<>();
    IntStream.range(0, 100_001).forEach(i -> ids.add("id" + i));
    assertThatThrownBy(() -> planner.plan(new RestoreTarget.ByIds(ids)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("100,001")
        .hasMessageContaining("at most 100,000");
    // The limit counts distinct ids: duplicates do not push a list over it.
    List<String> dupes = new ArrayList<>(ids.subList(0, 100_000));
    dupes.add("id0");
    assertThat(planner.plan(new RestoreTarget.ByIds(dupes)).ids()).hasSize(100_000);
  }

  @Test
  void cutsBatchesOfAtMostOneHundred() {
    List<String> ids = IntStream.range(0, 250).mapToObj(i -> "r" + i).toList();
    List<List<String>> batches = planner.plan(new RestoreTarget.ByIds(ids)).batches();
    assertThat(batches).extracting(List::size).containsExactly(100, 100, 50);
    assertThat(batches.stream().flatMap(List::stream)).containsExactlyElementsOf(ids);
  }

  @Test
  void restoreAllTargetsHaveNoIds() {
    RestorePlan plan =
        planner.plan(new RestoreTarget.AllForOwner(EmailAddress.parse("Boss@Example.com")));
    assertThat(plan.restoreAll()).isTrue();
    assertThat(plan.ids()).isEmpty();
  }

  @Test
  void splitsPastedText() {
    assertThat(RestorePlanner.splitIdList("a1, b2;c3\n d4\r\n\te5"))
        .containsExactly("a1", "b2", "c3", "d4", "e5");
  }
}
