package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.ui.ThemeChoice;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which stylesheet goes on when; the worker and the FX thread are queues run by hand. */
class ThemesTest {
  private final Deque<Runnable> worker = new ArrayDeque<>();
  private final Deque<Runnable> fx = new ArrayDeque<>();
  private final List<Boolean> darkApplied = new ArrayList<>();
  private boolean systemDark = true;
  private int asked;

  private final Themes themes =
      new Themes(
          worker::add,
          () -> {
            asked++;
            return systemDark;
          },
          fx::add,
          darkApplied::add);

  private void runQueues() {
    while (!worker.isEmpty()) {
      worker.poll().run();
    }
    while (!fx.isEmpty()) {
      fx.poll().run();
    }
  }

  @Test
  void lightAndDarkApplyAtOnceWithoutAskingTheOs() {
    themes.apply(ThemeChoice.DARK);
    themes.apply(ThemeChoice.LIGHT);
    assertThat(darkApplied).containsExactly(true, false);
    assertThat(worker).isEmpty();
    assertThat(asked).isZero();
  }

  @Test
  void theSystemChoiceStartsLightThenFollowsTheOsAnswerFromTheWorker() {
    themes.applyBeforeFirstFrame(ThemeChoice.SYSTEM);
    assertThat(darkApplied).containsExactly(false);
    themes.apply(ThemeChoice.SYSTEM);
    assertThat(asked).as("not on the FX thread").isZero();
    runQueues();
    assertThat(asked).isEqualTo(1);
    assertThat(darkApplied).containsExactly(false, true);
  }

  @Test
  void aChoiceMadeWhileTheOsIsBeingAskedWins() {
    themes.apply(ThemeChoice.SYSTEM);
    themes.apply(ThemeChoice.LIGHT);
    runQueues();
    assertThat(darkApplied).containsExactly(false);
  }

  @Test
  void darkChosenIsDarkFromTheFirstFrame() {
    themes.applyBeforeFirstFrame(ThemeChoice.DARK);
    assertThat(darkApplied).containsExactly(true);
  }
}
