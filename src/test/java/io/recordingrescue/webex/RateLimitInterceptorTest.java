package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the interceptor retries when a call fails before an answer, and what it passes on. */
class RateLimitInterceptorTest {
  private final List<Duration> sleeps = new ArrayList<>();
  private final Sleeper sleeper = sleeps::add;
  private final RateGate gate = new RateGate(Clock.systemUTC(), sleeper);
  private final RateLimitInterceptor interceptor =
      new RateLimitInterceptor(gate, RetryPolicy.defaults(), sleeper);

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted(); // never leave the test runner's thread interrupted
  }

  @Test
  void aReadThatTimedOutIsRetried() throws IOException {
    Chain chain = new Chain("GET", new SocketTimeoutException("timeout"));

    try (Response response = interceptor.intercept(chain)) {
      assertThat(response.code()).isEqualTo(200);
    }
    assertThat(chain.calls).isEqualTo(2);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void aReadCutShortByAnInterruptIsNotRetriedAndTheThreadStaysInterrupted() {
    Chain chain = new Chain("GET", new InterruptedIOException("interrupted"));
    Thread.currentThread().interrupt();

    assertThatThrownBy(() -> interceptor.intercept(chain))
        .isInstanceOf(InterruptedIOException.class)
        .hasMessage("interrupted");

    assertThat(Thread.currentThread().isInterrupted())
        .as("the cancelled worker still knows it was interrupted")
        .isTrue();
    assertThat(chain.calls).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aWriteIsSentOnceWhateverHappens() {
    Chain chain = new Chain("POST", new SocketTimeoutException("timeout"));

    assertThatThrownBy(() -> interceptor.intercept(chain))
        .isInstanceOf(SocketTimeoutException.class);
    assertThat(chain.calls).isEqualTo(1);
  }

  @Test
  void everyAnsweredCallOfTheTokenCountsAtTheGateWritesIncluded() throws IOException {
    Instant before = Instant.now().minusMillis(1);
    interceptor.intercept(new Chain("POST")).close();
    interceptor.intercept(new Chain("GET", new SocketTimeoutException("timeout"))).close();

    // A scan's pace is learned from what Webex accepted of the whole token: the restore counts,
    // the read that timed out does not, its retry does.
    assertThat(gate.answeredAfter(before)).isEqualTo(2);
  }

  /** Fails or answers 200, in the order given, and counts the calls. */
  private static final class Chain implements Interceptor.Chain {
    private final Request request;
    private final Deque<Object> outcomes = new ArrayDeque<>();
    int calls;

    Chain(String method, IOException... failuresFirst) {
      Request.Builder b = new Request.Builder().url("http://127.0.0.1:9/v1/x");
      request =
          "GET".equals(method)
              ? b.get().build()
              : b.post(okhttp3.RequestBody.create(new byte[0], null)).build();
      outcomes.addAll(List.of(failuresFirst));
    }

    @Override
    public Request request() {
      return request;
    }

    @Override
    public Response proceed(Request r) throws IOException {
      calls++;
      Object next = outcomes.poll();
      if (next instanceof IOException e) {
        throw e;
      }
      return new Response.Builder()
          .request(r)
          .protocol(Protocol.HTTP_1_1)
          .code(200)
          .message("OK")
          .body(ResponseBody.create(new byte[0], null))
          .build();
    }

    @Override
    public Connection connection() {
      return null;
    }

    @Override
    public Call call() {
      throw new UnsupportedOperationException();
    }

    @Override
    public int connectTimeoutMillis() {
      return 0;
    }

    @Override
    public Interceptor.Chain withConnectTimeout(int timeout, TimeUnit unit) {
      return this;
    }

    @Override
    public int readTimeoutMillis() {
      return 0;
    }

    @Override
    public Interceptor.Chain withReadTimeout(int timeout, TimeUnit unit) {
      return this;
    }

    @Override
    public int writeTimeoutMillis() {
      return 0;
    }

    @Override
    public Interceptor.Chain withWriteTimeout(int timeout, TimeUnit unit) {
      return this;
    }
  }
}
