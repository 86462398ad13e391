package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.api.RequestRecord;
import io.recordingrescue.sandbox.api.RestoreCall;
import io.recordingrescue.sandbox.faults.FaultKind;
import io.recordingrescue.sandbox.faults.ScriptedFault;
import io.recordingrescue.sandbox.oauth.CallerRole;
import io.recordingrescue.testsupport.FakeTime;
import io.recordingrescue.testsupport.OpenApiSchemas;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the sandbox: the wire contract, paging, refusals and every error path. */
class WebexClientSandboxTest {
  private static final OpenApiSchemas SCHEMAS = OpenApiSchemas.load();
  private final ObjectMapper mapper = WebexJson.newMapper();
  private final FakeTime time = new FakeTime(Instant.parse("2026-11-29T12:00:00Z"));
  private final List<JsonNode> sentBodies = Collections.synchronizedList(new ArrayList<>());
  private SandboxServer sandbox;

  @BeforeEach
  void start() {
    sandbox = SandboxServer.start(SandboxConfig.builder().recordCount(3000).ownerCount(12).build());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  /** A client whose waits go to the fake clock and whose request bodies are captured. */
  private WebexClient client(String token) {
    return client(AccessTokenSource.fixed(token));
  }

  private WebexClient client(AccessTokenSource tokens) {
    OkHttpClient capturing =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  if (chain.request().body() != null) {
                    Buffer buffer = new Buffer();
                    chain.request().body().writeTo(buffer);
                    sentBodies.add(mapper.readTree(buffer.readUtf8()));
                  }
                  return chain.proceed(chain.request());
                })
            .build();
    return WebexClient.builder(sandbox.baseUrl(), tokens)
        .httpClient(capturing)
        .time(time, time)
        .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
        .build();
  }

  /** The administrator's whole bin, a year back, 4 windows at once, pages to {@code listener}. */
  private ScanResult scanOrg(ScanListener listener) throws InterruptedException {
    return new BinScanner(client(sandbox.adminToken()), java.time.Clock.systemUTC(), 4)
        .scan(ListScope.org(), Duration.ofDays(366), listener);
  }

  private ScanResult scan(WebexClient client, ListScope scope) throws InterruptedException {
    return new BinScanner(client, java.time.Clock.systemUTC(), 4)
        .scan(scope, Duration.ofDays(366), ScanListener.NONE);
  }

  private List<String> deletedIdsOf(String ownerEmail) {
    return sandbox.recordings().stream()
        .filter(r -> r.status().equals(RecordingValues.STATUS_DELETED))
        .filter(r -> ownerEmail == null || r.ownerEmail().equals(ownerEmail))
        .sorted(Comparator.comparing(Recording::createTime).reversed())
        .map(Recording::id)
        .toList();
  }

  @Test
  void adminScanFindsTheWholeBinAcrossWindowsAndPagesNewestFirst() throws Exception {
    ScanResult result = scan(client(sandbox.adminToken()), ListScope.org());

    assertThat(result.complete()).isTrue();
    assertThat(result.recordings())
        .extracting(Recording::id)
        .containsExactlyInAnyOrderElementsOf(deletedIdsOf(null));
    assertThat(result.recordings())
        .isSortedAccordingTo(Comparator.comparing(Recording::createTime).reversed());
    List<RequestRecord> lists =
        sandbox.requestLog().stream()
            .filter(r -> r.target().contains("convergedRecordings"))
            .toList();
    assertThat(lists).hasSizeGreaterThan(13); // 13 windows, some with a second page
    assertThat(lists).allMatch(r -> r.target().contains("status=deleted") && r.status() == 200);
  }

  @Test
  void aListenerThatKeepsThePagesGetsTheWholeBinAndTheResultHoldsNoSecondCopy() throws Exception {
    List<Recording> kept = new ArrayList<>();
    AtomicInteger lastFound = new AtomicInteger();
    ScanResult result =
        scanOrg(
            new ScanListener() {
              @Override
              public void onPage(List<Recording> fresh, ScanProgress progress) {
                kept.addAll(fresh);
                lastFound.set(progress.recordingsFound());
              }

              @Override
              public boolean keepsPages() {
                return true;
              }
            });

    assertThat(kept)
        .extracting(Recording::id)
        .containsExactlyInAnyOrderElementsOf(deletedIdsOf(null));
    assertThat(lastFound.get()).isEqualTo(kept.size()); // progress still counts what was found
    assertThat(result.complete()).isTrue();
    assertThat(result.recordings()).isEmpty();
  }

  @Test
  void pagesAreReadAndServedOnThreadsThatYieldToTheWindow() throws Exception {
    Set<Integer> pagePriorities = ConcurrentHashMap.newKeySet();
    scanOrg(
        new ScanListener() {
          @Override
          public void onPage(List<Recording> fresh, ScanProgress progress) {
            pagePriorities.add(Thread.currentThread().getPriority());
          }
        });

    assertThat(pagePriorities).containsExactly(Thread.MIN_PRIORITY);
    List<Thread> sandboxThreads =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("sandbox-http-"))
            .toList();
    assertThat(sandboxThreads)
        .isNotEmpty()
        .allMatch(t -> t.getPriority() == Thread.MIN_PRIORITY, "at the lowest priority");
  }

  @Test
  void userScanListsOnlyMyBinThroughTheUserEndpoint() throws Exception {
    ScanResult result = scan(client(sandbox.userToken()), ListScope.mine());

    assertThat(result.recordings())
        .extracting(Recording::id)
        .containsExactlyInAnyOrderElementsOf(deletedIdsOf(sandbox.userEmail()));
    assertThat(sandbox.requestLog()).noneMatch(r -> r.target().contains("/admin/"));
  }

  @Test
  void ownerScopeSendsOwnerEmailOnEveryPage() throws Exception {
    String owner = sandbox.userEmail();
    ScanResult result =
        scan(client(sandbox.adminToken()), ListScope.owner(EmailAddress.parse(owner)));
    assertThat(result.recordings())
        .extracting(Recording::id)
        .containsExactlyInAnyOrderElementsOf(deletedIdsOf(owner));
    assertThat(sandbox.requestLog()).allMatch(r -> r.target().contains("ownerEmail="));
  }

  @Test
  void nextLinkThatLostItsQueryIsRepaired() {
    WebexClient client = client(sandbox.adminToken());
    Instant to = Instant.now();
    ListQuery query = new ListQuery("deleted", to.minus(Duration.ofDays(30)), to, 5);
    sandbox.scriptNext("/v1/admin/convergedRecordings", ScriptedFault.nextLinkDropsParams());

    RecordingPage first = client.listPage(ListScope.org(), query);
    assertThat(first.next()).isPresent();
    RecordingPage second = client.nextPage(first.next().get());

    assertThat(first.next().get().getQuery()).contains("status=deleted", "from=", "to=");
    assertThat(second.items()).allMatch(r -> r.status().equals("deleted"));
    assertThat(second.items()).doesNotContainAnyElementsOf(first.items());
    assertThat(sandbox.injectedFaults()).containsEntry(FaultKind.NEXT_LINK_DROPS_PARAMS.name(), 1L);
  }

  @Test
  void nextLinkToAnotherHostIsNotFollowed() {
    WebexClient client = client(sandbox.adminToken());
    int before = sandbox.requestLog().size();
    assertThatThrownBy(
            () -> client.nextPage(URI.create("https://evil.example/v1/convergedRecordings")))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("another host");
    assertThat(sandbox.requestLog()).hasSize(before);
  }

  @Test
  void restoreByIdsSendsTheDocumentedBodyAndRestores() {
    List<String> ids = deletedIdsOf(null).subList(0, 100);
    client(sandbox.adminToken()).restore(RestoreRequest.byIds(ids));

    RestoreCall call = sandbox.restoreLog().get(0);
    assertThat(call.status()).isEqualTo(204);
    assertThat(call.restoreAll()).isFalse();
    assertThat(call.recordingIds()).containsExactlyElementsOf(ids);
    assertThat(ids).allMatch(id -> sandbox.find(id).orElseThrow().status().equals("available"));
    assertValidRestoreBodies();
  }

  @Test
  void restoreAllForOwnerAsAdminAndAllMineAsUser() {
    String owner = sandbox.userEmail();
    String other =
        sandbox.recordings().stream()
            .map(Recording::ownerEmail)
            .filter(e -> !e.equals(owner))
            .findFirst()
            .orElseThrow();
    client(sandbox.adminToken()).restore(RestoreRequest.allForOwner(EmailAddress.parse(other)));
    assertThat(sandbox.countDeleted(other)).isZero();
    assertThat(sandbox.countDeleted(owner)).isPositive();

    client(sandbox.userToken()).restore(RestoreRequest.allMine());
    assertThat(sandbox.countDeleted(owner)).isZero();

    assertThat(sandbox.restoreLog())
        .extracting(RestoreCall::role, RestoreCall::restoreAll, RestoreCall::ownerEmail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("admin", true, other),
            org.assertj.core.groups.Tuple.tuple("user", true, null));
    assertThat(sentBodies.get(0).toString())
        .isEqualTo("{\"restoreAll\":true,\"ownerEmail\":\"" + other + "\"}");
    assertThat(sentBodies.get(1).toString()).isEqualTo("{\"restoreAll\":true}");
    assertValidRestoreBodies();
  }

  @Test
  void invalidRequestsNeverLeaveTheMachine() {
    WebexClient client = client(sandbox.adminToken());
    List<Runnable> refused =
        List.of(
            () -> client.restore(RestoreRequest.byIds(List.of())),
            () ->
                client.restore(
                    RestoreRequest.byIds(
                        java.util.stream.IntStream.range(0, 101).mapToObj(i -> "x" + i).toList())),
            () -> client.restore(new RestoreRequest(true, null, List.of("a"))),
            () -> client.restore(new RestoreRequest(false, "a@b.com", List.of("a"))),
            () -> client.restore(RestoreRequest.allForOwner(EmailAddress.parse("nobody@"))),
            () -> client.restore(RestoreRequest.byIds(List.of("a", "a"))));
    for (Runnable r : refused) {
      assertThatThrownBy(r::run).isInstanceOf(InvalidRequestException.class);
    }
    assertThat(sandbox.requestLog()).isEmpty();
    assertThat(sentBodies).isEmpty();
  }

  @Test
  void unknownIdsAre404WithTrackingIdAndNothingRestored() {
    List<String> ids = new ArrayList<>(deletedIdsOf(null).subList(0, 3));
    ids.add("no-such-recording");
    assertThatThrownBy(() -> client(sandbox.adminToken()).restore(RestoreRequest.byIds(ids)))
        .isInstanceOfSatisfying(
            WebexApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.trackingId()).isPresent();
              assertThat(e.getMessage()).contains("404").contains(e.trackingId().get());
              assertThat(String.join(" ", e.errorDescriptions()) + e.webexMessage())
                  .contains("no-such-recording");
            });
    assertThat(ids.subList(0, 3))
        .allMatch(id -> sandbox.find(id).orElseThrow().status().equals("deleted"));
  }

  @Test
  void adminListAsUserIsForbidden() {
    assertThatThrownBy(
            () ->
                client(sandbox.userToken())
                    .listPage(
                        ListScope.org(),
                        ListQuery.deleted(Instant.now().minus(Duration.ofDays(7)), Instant.now())))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.trackingId()).isPresent());
  }

  @Test
  void unknownTokenIsSignInRequiredAndTheMessageHoldsNoToken() {
    String token = "secret-token-that-must-not-leak";
    assertThatThrownBy(() -> client(token).me())
        .isInstanceOf(SignInRequiredException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(token));
  }

  @Test
  void expiredTokenIsRefreshedOnceAndTheCallRetried() {
    String stale =
        sandbox.tokens().issue(CallerRole.ADMIN, sandbox.adminEmail(), Duration.ofMinutes(5));
    sandbox.tokens().expire(stale);
    AtomicInteger refreshes = new AtomicInteger();
    AccessTokenSource tokens =
        new AccessTokenSource() {
          private volatile String current = stale;

          @Override
          public String currentToken() {
            return current;
          }

          @Override
          public Optional<String> refreshAfterRejection(String rejected) {
            assertThat(rejected).isEqualTo(stale);
            refreshes.incrementAndGet();
            current = sandbox.adminToken();
            return Optional.of(current);
          }
        };
    Person me = client(tokens).me();
    assertThat(me.primaryEmail()).isEqualTo(sandbox.adminEmail());
    assertThat(refreshes).hasValue(1);
  }

  @Test
  void retryAfterIsHonouredBeforeTheRetry() {
    sandbox.scriptNext("/v1/people/me", ScriptedFault.tooManyRequests(7));
    assertThat(client(sandbox.adminToken()).me().primaryEmail()).isEqualTo(sandbox.adminEmail());
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    assertThat(sandbox.requestLog()).extracting(RequestRecord::status).containsExactly(429, 200);
  }

  @Test
  void missingRetryAfterFallsBackToABoundedDefault() {
    sandbox.scriptNext("/v1/people/me", ScriptedFault.tooManyRequestsWithoutRetryAfter());
    client(sandbox.adminToken()).me();
    assertThat(time.sleeps()).containsExactly(RetryPolicy.defaults().defaultRateLimitWait());
  }

  @Test
  void a429StormEndsInAClearErrorAfterBoundedAttempts() {
    for (int i = 0; i < 20; i++) {
      sandbox.scriptNext("/v1/people/me", ScriptedFault.tooManyRequests(1));
    }
    assertThatThrownBy(() -> client(sandbox.adminToken()).me())
        .isInstanceOf(RateLimitedException.class)
        .hasMessageContaining("429");
    assertThat(time.sleeps()).hasSize(RetryPolicy.defaults().maxRateLimitedAttempts() - 1);
  }

  @Test
  void readsAreRetriedOn5xxAndDroppedConnections() {
    sandbox.scriptNext("/v1/people/me", ScriptedFault.serverError(503));
    sandbox.scriptNext("/v1/people/me", ScriptedFault.drop());
    assertThat(client(sandbox.adminToken()).me().primaryEmail()).isEqualTo(sandbox.adminEmail());
    assertThat(time.sleeps()).hasSize(2);
  }

  @Test
  void persistent5xxOnReadsGivesUpWithTrackingId() {
    for (int i = 0; i < 10; i++) {
      sandbox.scriptNext("/v1/people/me", ScriptedFault.serverError(502));
    }
    assertThatThrownBy(() -> client(sandbox.adminToken()).me())
        .isInstanceOfSatisfying(
            ServerErrorException.class,
            e -> {
              assertThat(e.status()).isEqualTo(502);
              assertThat(e.trackingId()).isPresent();
            });
    assertThat(time.sleeps()).hasSize(RetryPolicy.defaults().maxAttempts() - 1);
  }

  @Test
  void restoresAreNotRetriedAndADropAfterSendIsOutcomeUnknown() {
    List<String> ids = deletedIdsOf(null).subList(0, 10);
    sandbox.scriptNext("POST", "/v1/convergedRecordings/restore", ScriptedFault.serverError(503));
    assertThatThrownBy(() -> client(sandbox.adminToken()).restore(RestoreRequest.byIds(ids)))
        .isInstanceOf(ServerErrorException.class);

    sandbox.scriptNext("POST", "/v1/convergedRecordings/restore", ScriptedFault.restoreThenDrop());
    assertThatThrownBy(() -> client(sandbox.adminToken()).restore(RestoreRequest.byIds(ids)))
        .isInstanceOfSatisfying(
            WebexNetworkException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
    assertThat(sandbox.requestLog().stream().filter(r -> r.method().equals("POST"))).hasSize(2);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void rateLimitedRestoreClosesTheSharedGateAndIsNotResent() {
    sandbox.scriptNext("POST", "/v1/convergedRecordings/restore", ScriptedFault.tooManyRequests(9));
    WebexClient client = client(sandbox.adminToken());
    assertThatThrownBy(() -> client.restore(RestoreRequest.byIds(deletedIdsOf(null).subList(0, 1))))
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(9)));
    assertThat(client.rateGate().remaining()).isEqualTo(Duration.ofSeconds(9));
    client.me(); // The next call of any kind waits the pause out first.
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(9));
  }

  @Test
  void malformedPageIsAClearErrorNotACrash() {
    for (int i = 0; i < 2; i++) {
      sandbox.scriptNext("/v1/admin/convergedRecordings", ScriptedFault.malformedPage());
    }
    assertThatThrownBy(
            () ->
                client(sandbox.adminToken())
                    .listPage(
                        ListScope.org(),
                        ListQuery.deleted(Instant.now().minus(Duration.ofDays(7)), Instant.now())))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void oneMalformedPageIsReadAgain() {
    Instant now = Instant.now();
    sandbox.scriptNext("/v1/admin/convergedRecordings", ScriptedFault.malformedPage());
    RecordingPage page =
        client(sandbox.adminToken())
            .listPage(ListScope.org(), ListQuery.deleted(now.minus(Duration.ofDays(30)), now));
    assertThat(page.items()).isNotEmpty();
    assertThat(sandbox.requestLog()).hasSize(2);
  }

  @Test
  void scanReportsAFailedWindowAndKeepsTheRest() throws Exception {
    for (int i = 0; i < 2; i++) { // the client reads a malformed page twice before giving up
      sandbox.scriptNext("/v1/admin/convergedRecordings", ScriptedFault.malformedPage());
    }
    ScanResult result =
        new BinScanner(client(sandbox.adminToken()), java.time.Clock.systemUTC(), 1)
            .scan(ListScope.org(), Duration.ofDays(366), ScanListener.NONE);
    assertThat(result.complete()).isFalse();
    assertThat(result.failures()).hasSize(1);
    assertThat(result.recordings()).isNotEmpty().hasSizeLessThan(deletedIdsOf(null).size());
  }

  @Test
  void unknownEnumValuesAndFieldsAreTolerated() throws Exception {
    sandbox.close();
    sandbox =
        SandboxServer.start(SandboxConfig.builder().recordCount(400).unknownEnums(true).build());
    ScanResult result = scan(client(sandbox.adminToken()), ListScope.org());
    assertThat(result.recordings())
        .extracting(Recording::format)
        .contains("MP3")
        .hasSizeGreaterThan(1);
    assertThat(result.recordings().stream().map(Recording::format).distinct().count())
        .isGreaterThan(1);

    Recording parsed =
        mapper.readValue(
            "{\"id\":\"x\",\"format\":\"OPUS\",\"brandNewField\":{\"a\":1},\"durationSeconds\":3,"
                + "\"createTime\":\"2026-01-01T10:00:00Z\"}",
            Recording.class);
    assertThat(parsed.format()).isEqualTo("OPUS");
  }

  @Test
  void listedRecordingsMatchTheOpenApiSchema() throws Exception {
    ScanResult result = scan(client(sandbox.adminToken()), ListScope.org());
    for (Recording r : result.recordings().subList(0, 50)) {
      assertThat(SCHEMAS.validate("RecordingObject", mapper.valueToTree(r))).isEmpty();
    }
  }

  @Test
  void scanStreamsPagesAndStopsWhenCancelled() throws Exception {
    PageCounter listener = new PageCounter(counter -> counter.pages() >= 3);
    ScanResult result =
        new BinScanner(client(sandbox.adminToken()), java.time.Clock.systemUTC(), 1)
            .scan(ListScope.org(), Duration.ofDays(366), listener);
    assertThat(result.cancelled()).isTrue();
    assertThat(listener.pages()).isEqualTo(3);
    assertThat(result.recordings()).hasSize(listener.recordings());
  }

  @Test
  void debugLogNamesCallsButNeverTheToken() {
    java.util.logging.Logger logger =
        java.util.logging.Logger.getLogger(WebexClient.class.getName());
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    java.util.logging.Handler capture =
        new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord r) {
            lines.add(new java.util.logging.SimpleFormatter().formatMessage(r));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    capture.setLevel(java.util.logging.Level.ALL);
    java.util.logging.Level before = logger.getLevel();
    logger.setLevel(java.util.logging.Level.ALL);
    logger.addHandler(capture);
    try {
      sandbox.scriptNext("/v1/people/me", ScriptedFault.serverError(503));
      client(sandbox.adminToken()).me();
      assertThatThrownBy(() -> client("not-a-valid-token-xyz").me())
          .isInstanceOf(SignInRequiredException.class);
    } finally {
      logger.removeHandler(capture);
      logger.setLevel(before);
    }
    assertThat(lines).anyMatch(l -> l.contains("GET /v1/people/me -> 200"));
    assertThat(lines).anyMatch(l -> l.contains("-> 503"));
    assertThat(String.join("\n", lines))
        .doesNotContain(sandbox.adminToken())
        .doesNotContain("not-a-valid-token-xyz")
        .doesNotContainIgnoringCase("authorization")
        .doesNotContainIgnoringCase("bearer");
  }

  private void assertValidRestoreBodies() {
    assertThat(sentBodies).isNotEmpty();
    for (JsonNode body : sentBodies) {
      assertThat(SCHEMAS.validate("BulkRestoreRecordingObject", body)).isEmpty();
    }
  }
}
