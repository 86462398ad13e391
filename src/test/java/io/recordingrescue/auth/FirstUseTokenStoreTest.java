package io.recordingrescue.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The token store is picked (the keychain probed) on first use, once, never at construction. */
class FirstUseTokenStoreTest {

  @Test
  void nothingIsPickedUntilTheTokensAreTouchedThenTheSameStoreServesEveryCall() {
    AtomicInteger picks = new AtomicInteger();
    InMemoryTokenStore memory = new InMemoryTokenStore();
    FirstUseTokenStore store =
        new FirstUseTokenStore(
            () -> {
              picks.incrementAndGet();
              return memory;
            });

    assertThat(picks).hasValue(0);
    assertThat(store.picked()).isFalse();

    assertThat(store.load()).isEmpty();
    TokenSet tokens = TokenSet.personal("pat-first-use-1a2b3c");
    store.save(tokens);
    assertThat(store.load()).contains(tokens);
    assertThat(memory.load()).contains(tokens);
    store.clear();
    assertThat(memory.load()).isEmpty();

    assertThat(picks).hasValue(1);
    assertThat(store.picked()).isTrue();
    assertThat(store.store()).isSameAs(memory);
  }

  @Test
  void twoThreadsTouchingTheTokensAtOnceProbeOnce() throws Exception {
    AtomicInteger picks = new AtomicInteger();
    CountDownLatch bothWaiting = new CountDownLatch(2);
    FirstUseTokenStore store =
        new FirstUseTokenStore(
            () -> {
              picks.incrementAndGet();
              return new InMemoryTokenStore();
            });
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Optional<TokenSet>> loadWhenBothAreReady =
          () -> {
            bothWaiting.countDown();
            awaitQuietly(bothWaiting);
            return store.load();
          };
      Future<?> a = pool.submit(loadWhenBothAreReady);
      Future<?> b = pool.submit(loadWhenBothAreReady);
      a.get(10, TimeUnit.SECONDS);
      b.get(10, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(picks).hasValue(1);
  }

  @Test
  void aPickerThatGivesNothingIsAClearError() {
    FirstUseTokenStore store = new FirstUseTokenStore(() -> null);
    assertThatThrownBy(store::load)
        .isInstanceOf(NullPointerException.class)
        .hasMessage("the picker gave no token store");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
