package io.recordingrescue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class JobTest {
  private final List<String> seen = new ArrayList<>();

  @Test
  void theResultGoesToOnSuccessOnly() {
    Job.of("sum", context -> 1 + 2)
        .onSuccess(result -> seen.add("success " + result))
        .onFailure(error -> seen.add("failure " + error))
        .start(UiExecutor.inline());

    assertThat(seen).containsExactly("success 3");
  }

  @Test
  void whatTheWorkThrowsGoesToOnFailureOnly() {
    Job.<String>of(
            "read",
            context -> {
              throw new IOException("disk gone");
            })
        .onSuccess(result -> seen.add("success " + result))
        .onFailure(error -> seen.add("failure " + error.getMessage()))
        .start(UiExecutor.inline());

    assertThat(seen).containsExactly("failure disk gone");
  }

  @Test
  void cancelRunsTheOnCancelActionAndTheWorkSeesIt() {
    AtomicBoolean flag = new AtomicBoolean();
    Job<String> job =
        Job.of("scan", context -> flag.get() ? "partial" : "whole")
            .onCancel(() -> flag.set(true))
            .onSuccess(result -> seen.add(result))
            .onFailure(error -> seen.add("failure"));

    job.cancel();
    job.start(UiExecutor.inline());

    assertThat(job.title()).isEqualTo("scan");
    assertThat(seen).containsExactly("partial");
  }

  @Test
  void aJobWithoutOnFailureIsRefusedBeforeItRuns() {
    AtomicBoolean ran = new AtomicBoolean();
    Job<Boolean> job = Job.of("silent", context -> ran.getAndSet(true));

    assertThatThrownBy(() -> job.start(UiExecutor.inline()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("silent");
    assertThat(ran).isFalse();
  }

  @Test
  void progressReachesTheContextTheExecutorGives() {
    List<String> progress = new ArrayList<>();
    Job<String> job =
        Job.of(
            "p",
            context -> {
              context.progress(0.5, "half");
              return "done";
            });

    String result;
    try {
      result = job.run((fraction, message) -> progress.add(fraction + " " + message));
    } catch (Exception e) {
      throw new AssertionError(e);
    }

    assertThat(result).isEqualTo("done");
    assertThat(progress).containsExactly("0.5 half");
  }
}
