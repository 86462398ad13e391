package io.recordingrescue.webex;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Webex converged-recordings API: list the recycle bin, restore, who am I. Thread-safe; one
 * instance per signed-in session shares OkHttp's connection pool and one {@link RateGate}.
 */
public final class WebexClient {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final ObjectMapper mapper;
  private final RateGate gate;
  private AdaptiveRate pace; // guarded by this

  private WebexClient(Builder b) {
    this.baseUrl = WebexBaseUrl.parse(b.baseUrl);
    this.mapper = WebexJson.newMapper();
    this.gate = b.gate != null ? b.gate : new RateGate(b.clock, b.sleeper);
    this.http =
        b.http
            .newBuilder()
            .connectTimeout(b.connectTimeout)
            .readTimeout(b.readTimeout)
            .writeTimeout(b.readTimeout)
            .retryOnConnectionFailure(false) // A POST must never be re-sent behind our back.
            .addInterceptor(new RateLimitInterceptor(gate, b.retryPolicy, b.sleeper))
            .addInterceptor(new BearerTokenInterceptor(b.tokens))
            .addNetworkInterceptor(new RedactingLogInterceptor())
            .addNetworkInterceptor(new RateLimitInterceptor.CloseGateOnArrival(gate, b.retryPolicy))
            .authenticator(new TokenRefreshAuthenticator(b.tokens))
            .build();
  }

  public static Builder builder(URI baseUrl, AccessTokenSource tokens) {
    return new Builder(baseUrl, tokens);
  }

  public URI baseUrl() {
    return baseUrl.uri();
  }

  /** The pause shared by every call of this client (and of the restore engine that uses it). */
  public RateGate rateGate() {
    return gate;
  }

  /**
   * The token's pace ({@link RatePacing}), made by the first paced scan of this client. Every later
   * scan and restore call of the client keeps to it: Webex counts its quota per token, and a scan
   * or a batch of restores that started unpaced after another had learned the limit ran into it
   * again, a Retry-After pause each time.
   */
  synchronized AdaptiveRate pace(RatePacing pacing) {
    if (pace == null) {
      pace = new AdaptiveRate(pacing, gate);
    }
    return pace;
  }

  private synchronized AdaptiveRate currentPace() {
    return pace;
  }

  /** First page of the list for {@code scope}. */
  public RecordingPage listPage(ListScope scope, ListQuery query) {
    return listPage(scope, query, null);
  }

  /** As {@link #listPage(ListScope, ListQuery)}, every attempt paced by {@code pace} if given. */
  RecordingPage listPage(ListScope scope, ListQuery query, AdaptiveRate pace) {
    HttpUrl.Builder url =
        baseUrl
            .newBuilder()
            .addPathSegments(scope.isAdmin() ? "admin/convergedRecordings" : "convergedRecordings")
            .addQueryParameter("max", Integer.toString(query.max()));
    if (query.status() != null) {
      url.addQueryParameter("status", query.status());
    }
    if (query.from() != null) {
      url.addQueryParameter("from", query.from().toString());
    }
    if (query.to() != null) {
      url.addQueryParameter("to", query.to().toString());
    }
    if (scope instanceof ListScope.Owner owner) {
      url.addQueryParameter("ownerEmail", owner.email().value());
    }
    return fetchPage(url.build(), pace);
  }

  /** The page a previous page's {@link RecordingPage#next()} points to. */
  public RecordingPage nextPage(URI next) {
    return nextPage(next, null);
  }

  /** As {@link #nextPage(URI)}, every attempt paced by {@code pace} if given. */
  RecordingPage nextPage(URI next, AdaptiveRate pace) {
    HttpUrl url = HttpUrl.get(next);
    if (!sameOrigin(url)) {
      // Following it would hand our token to another host.
      throw new MalformedResponseException(
          "Webex's next-page link points to another host (" + url.host() + "); not followed.",
          null,
          null);
    }
    return fetchPage(url, pace);
  }

  /** {@code GET /convergedRecordings/{id}}; empty when Webex answers 404. */
  public Optional<Recording> recording(String id) {
    HttpUrl url =
        baseUrl.newBuilder().addPathSegment("convergedRecordings").addPathSegment(id).build();
    try (Response response = execute(new Request.Builder().url(url).get().build(), false)) {
      if (response.code() == 404) {
        return Optional.empty();
      }
      JsonNode body = readBody(response);
      return Optional.of(toRecording(body, trackingId(response)));
    }
  }

  /** {@code GET /people/me}. */
  public Person me() {
    HttpUrl url = baseUrl.newBuilder().addPathSegments("people/me").build();
    try (Response response = execute(new Request.Builder().url(url).get().build(), false)) {
      JsonNode body = readBody(response);
      try {
        return mapper.treeToValue(body, Person.class);
      } catch (JsonProcessingException e) {
        throw new MalformedResponseException(
            "Webex sent a person we cannot read.", trackingId(response), e);
      }
    }
  }

  /**
   * {@code POST /convergedRecordings/restore}, sent once. Webex answers 204 without saying which
   * ids it restored: listing again is the only proof. A network failure after sending is reported
   * as {@link WebexNetworkException#outcomeUnknown()}.
   */
  public void restore(RestoreRequest request) {
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(request);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a restore request", e);
    }
    HttpUrl url = baseUrl.newBuilder().addPathSegments("convergedRecordings/restore").build();
    Request post =
        new Request.Builder()
            .url(url)
            .post(RequestBody.create(body, JSON))
            .tag(AdaptiveRate.class, currentPace())
            .build();
    try (Response response = execute(post, true)) {
      if (!response.isSuccessful()) {
        throw apiError(response);
      }
    }
  }

  /** A cut-off page is usually a transient proxy or network fault: a read can be asked again. */
  private RecordingPage fetchPage(HttpUrl url, AdaptiveRate pace) {
    try {
      return fetchPageOnce(url, pace);
    } catch (MalformedResponseException first) {
      try {
        return fetchPageOnce(url, pace);
      } catch (MalformedResponseException second) {
        second.addSuppressed(first);
        throw second;
      }
    }
  }

  private RecordingPage fetchPageOnce(HttpUrl url, AdaptiveRate pace) {
    // The tag reaches the RateLimitInterceptor, which paces each attempt, retries included.
    Request get = new Request.Builder().url(url).get().tag(AdaptiveRate.class, pace).build();
    try (Response response = execute(get, false)) {
      if (!response.isSuccessful()) {
        throw apiError(response);
      }
      String tracking = trackingId(response);
      List<Recording> recordings = readItems(response, tracking, url);
      Optional<URI> next =
          LinkHeader.next(response.headers("Link")).map(link -> LinkHeader.repair(url, link).uri());
      return new RecordingPage(recordings, next);
    }
  }

  /**
   * The page's {@code items}, read straight from the body into recordings: no text copy of the body
   * and no JSON tree in between, which were most of what a scan allocated.
   */
  private List<Recording> readItems(Response response, String tracking, HttpUrl url) {
    try (JsonParser parser = mapper.getFactory().createParser(response.body().byteStream())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedResponseException(
            "Webex sent something that is not a JSON object.", tracking, null);
      }
      List<Recording> recordings = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("items".equals(field) && value == JsonToken.START_ARRAY) {
          recordings = new ArrayList<>();
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            recordings.add(readRecording(parser, tracking));
          }
        } else {
          parser.skipChildren();
        }
      }
      if (recordings == null) {
        throw new MalformedResponseException(
            "Webex sent a page without an \"items\" list (" + url.encodedPath() + ").",
            tracking,
            null);
      }
      return recordings;
    } catch (JsonParseException e) {
      throw new MalformedResponseException(
          "Webex sent a response that is not valid JSON.", tracking, e);
    } catch (IOException e) {
      throw brokeWhileReading(e);
    }
  }

  private Recording readRecording(JsonParser parser, String tracking) throws IOException {
    Recording r;
    try {
      r = mapper.readValue(parser, Recording.class);
    } catch (JsonParseException e) {
      throw e; // not JSON at all: said so by the caller
    } catch (JsonProcessingException e) {
      throw new MalformedResponseException(
          "Webex sent a recording we cannot read: " + e.getOriginalMessage(), tracking, e);
    }
    if (r == null || r.id() == null || r.id().isBlank()) {
      throw new MalformedResponseException("Webex sent a recording without an id.", tracking, null);
    }
    return r;
  }

  /** The same for a recording already read as a tree (the details endpoint). */
  private Recording toRecording(JsonNode node, String tracking) {
    try (JsonParser parser = node.traverse(mapper)) {
      parser.nextToken();
      return readRecording(parser, tracking);
    } catch (IOException e) {
      throw brokeWhileReading(e); // a tree in memory is not read from the connection: not reached
    }
  }

  private Response execute(Request request, boolean write) {
    Response response;
    try {
      response = http.newCall(request).execute();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      // An IOException, or a checked exception OkHttp (Kotlin) lets out undeclared: an
      // InterruptedException when a cancelled worker is interrupted while a connection is set up.
      throw networkFailure(request, write, e);
    }
    if (!write && !response.isSuccessful() && response.code() != 404) {
      try (response) {
        throw apiError(response);
      }
    }
    return response;
  }

  private JsonNode readBody(Response response) {
    if (!response.isSuccessful()) {
      throw apiError(response);
    }
    try {
      String text = response.body().string();
      JsonNode node = mapper.readTree(text);
      if (node == null || !node.isObject()) {
        throw new MalformedResponseException(
            "Webex sent something that is not a JSON object.", trackingId(response), null);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new MalformedResponseException(
          "Webex sent a response that is not valid JSON.", trackingId(response), e);
    } catch (IOException e) {
      throw brokeWhileReading(e);
    }
  }

  /** The network failure callers handle, for whatever {@code execute()} threw. */
  private static WebexNetworkException networkFailure(Request request, boolean write, Exception e) {
    String what =
        request.method() + " " + request.url().encodedPath() + ": " + e.getClass().getSimpleName();
    if (e instanceof IOException io) {
      boolean neverSent = io instanceof ConnectException || io instanceof UnknownHostException;
      return new WebexNetworkException(
          (write && !neverSent
                  ? "The connection failed after the request was sent; its outcome is unknown ("
                  : "Cannot reach Webex (")
              + what
              + ").",
          io,
          write && !neverSent);
    }
    boolean interrupted = e instanceof InterruptedException;
    if (interrupted) {
      Thread.currentThread().interrupt(); // whoever cancelled the worker still sees it
    }
    // Whether a write got out is not known here: its outcome is checked, never assumed.
    return new WebexNetworkException(
        (interrupted ? "Cancelled before Webex answered (" : "Cannot reach Webex (") + what + ").",
        interrupted ? new InterruptedIOException(e.toString()) : new IOException(e),
        write);
  }

  private static WebexNetworkException brokeWhileReading(IOException e) {
    return new WebexNetworkException(
        "The connection broke while reading Webex's answer (" + e.getClass().getSimpleName() + ").",
        e,
        false);
  }

  private WebexApiException apiError(Response response) {
    ErrorBody body;
    try {
      String text = response.body().string();
      body = text.isBlank() ? ErrorBody.ofMessage(response.message()) : parseError(text, response);
    } catch (IOException e) {
      body = ErrorBody.ofMessage(response.message());
    }
    String tracking = body.trackingId() != null ? body.trackingId() : trackingId(response);
    return WebexApiException.of(
        response.code(), body, tracking, RateLimitInterceptor.retryAfter(response));
  }

  private ErrorBody parseError(String text, Response response) {
    try {
      ErrorBody body = mapper.readValue(text, ErrorBody.class);
      return body == null ? ErrorBody.ofMessage(response.message()) : body;
    } catch (JsonProcessingException e) {
      return ErrorBody.ofMessage(response.message()); // An HTML error page from a proxy, say.
    }
  }

  private static String trackingId(Response response) {
    return response.header("TrackingID");
  }

  private boolean sameOrigin(HttpUrl url) {
    return url.scheme().equals(baseUrl.scheme())
        && url.host().equalsIgnoreCase(baseUrl.host())
        && url.port() == baseUrl.port();
  }

  /** Options of a client; defaults suit Webex. */
  public static final class Builder {
    private final URI baseUrl;
    private final AccessTokenSource tokens;
    private OkHttpClient http = new OkHttpClient();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private RateGate gate;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);

    private Builder(URI baseUrl, AccessTokenSource tokens) {
      this.baseUrl = baseUrl;
      this.tokens = tokens;
    }

    /** Share one OkHttp client (its pool and dispatcher) across the app. */
    public Builder httpClient(OkHttpClient http) {
      this.http = http;
      return this;
    }

    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = policy;
      return this;
    }

    /** Time source and waits, replaced together in tests. */
    public Builder time(Clock clock, Sleeper sleeper) {
      this.clock = clock;
      this.sleeper = sleeper;
      return this;
    }

    public Builder rateGate(RateGate gate) {
      this.gate = gate;
      return this;
    }

    public Builder timeouts(Duration connect, Duration read) {
      this.connectTimeout = connect;
      this.readTimeout = read;
      return this;
    }

    public WebexClient build() {
      return new WebexClient(this);
    }
  }
}
