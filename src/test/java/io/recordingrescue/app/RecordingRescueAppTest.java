package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * The launcher prepares settings and services while JavaFX starts; the window takes them over in
 * {@code start}. A failure there must reach the user as the same exception it was before the
 * preparation moved to its own thread.
 */
class RecordingRescueAppTest {
  @Test
  void theWindowGetsWhatThePreparationMade() {
    RecordingRescueApp.Startup made = new RecordingRescueApp.Startup(null, null);
    CompletableFuture<RecordingRescueApp.Startup> later = new CompletableFuture<>();
    Thread preparing = new Thread(() -> later.complete(made));
    preparing.start();

    assertThat(RecordingRescueApp.await(later)).isSameAs(made);
  }

  @Test
  void aFailedPreparationFailsTheStartWithItsOwnException() {
    UncheckedIOException noTempFolder =
        new UncheckedIOException("Could not create a temporary folder", new IOException("full"));
    assertThatThrownBy(() -> RecordingRescueApp.await(CompletableFuture.failedFuture(noTempFolder)))
        .isSameAs(noTempFolder);

    StackOverflowError error = new StackOverflowError();
    assertThatThrownBy(() -> RecordingRescueApp.await(CompletableFuture.failedFuture(error)))
        .isSameAs(error);

    Exception checked = new Exception("checked");
    assertThatThrownBy(() -> RecordingRescueApp.await(CompletableFuture.failedFuture(checked)))
        .isInstanceOf(CompletionException.class)
        .hasCause(checked);
  }
}
