package io.recordingrescue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.api.RequestRecord;
import io.recordingrescue.testsupport.ClassSandbox;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.WebexJson;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {
  @RegisterExtension
  static final ClassSandbox sandbox =
      new ClassSandbox(SandboxConfig.builder().recordCount(120).ownerCount(4).build());

  private final ObjectMapper mapper = WebexJson.newMapper();
  @TempDir Path dataDir;

  private CliRun user() {
    return new CliRun(dataDir)
        .api(sandbox.server().baseUrl().toString(), sandbox.server().userToken());
  }

  private CliRun admin() {
    return new CliRun(dataDir)
        .api(sandbox.server().baseUrl().toString(), sandbox.server().adminToken());
  }

  private List<Recording> parse(String json) throws Exception {
    return mapper.readValue(json, new TypeReference<List<Recording>>() {});
  }

  @Test
  void userListsTheirOwnBinAsJsonWithWebexFieldNames() throws Exception {
    CliRun.Result r = user().run("list", "--format", "json");

    assertThat(r.code()).as(r.toString()).isZero();
    List<Recording> listed = parse(r.out());
    assertThat(listed)
        .hasSize((int) sandbox.server().countDeleted(sandbox.server().userEmail()))
        .isNotEmpty();
    assertThat(listed)
        .allSatisfy(
            rec -> {
              assertThat(rec.ownerEmail()).isEqualToIgnoringCase(sandbox.server().userEmail());
              assertThat(rec.status()).isEqualTo("deleted");
            });
    JsonNode first = mapper.readTree(r.out()).get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .contains("id", "topic", "createTime", "sizeBytes", "ownerEmail", "storageRegion");
    assertThat(first.get("createTime").isTextual()).isTrue();
  }

  @Test
  void adminListsTheWholeOrgAndOneOwner() throws Exception {
    CliRun.Result all = admin().run("list", "--format", "json", "--quiet");
    assertThat(all.code()).as(all.toString()).isZero();
    assertThat(parse(all.out())).hasSize((int) sandbox.server().countDeleted(null));
    assertThat(all.err()).isEmpty();

    String owner = sandbox.server().dataSet().owners().get(1).email();
    CliRun.Result one = admin().run("list", "--owner", owner.toUpperCase(), "--format", "json");
    assertThat(one.code()).as(one.toString()).isZero();
    List<Recording> listed = parse(one.out());
    assertThat(listed).hasSize((int) sandbox.server().countDeleted(owner));
    assertThat(listed).extracting(Recording::ownerEmail).containsOnly(owner);
  }

  @Test
  void daysLimitsTheScanWindows() throws Exception {
    CliRun.Result r = admin().run("list", "--days", "30", "--format", "json");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(sandbox.server().requestLog())
        .filteredOn(q -> q.target().contains("status=deleted") && q.target().contains("max=100"))
        .hasSize(
            io.recordingrescue.restore.Tuning.PRODUCT
                .scan()
                .windows(java.time.Instant.now(), java.time.Duration.ofDays(30))
                .size());
    assertThat(parse(r.out()))
        .allSatisfy(
            rec ->
                assertThat(rec.createTime())
                    .isAfter(java.time.Instant.now().minus(java.time.Duration.ofDays(31))));
  }

  @Test
  void csvHasAHeaderAndOneRowPerRecording() {
    CliRun.Result r = user().run("list", "--format", "csv");

    assertThat(r.code()).as(r.toString()).isZero();
    List<List<String>> rows = Csv.parse(r.out());
    assertThat(rows.get(0)).containsExactlyElementsOf(RecordingWriter.CSV_COLUMNS);
    assertThat(rows).hasSize(1 + (int) sandbox.server().countDeleted(sandbox.server().userEmail()));
    assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).hasSize(13));
  }

  @Test
  void tableIsForPeople() {
    CliRun.Result r = user().run("list");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("CREATED (UTC)");
    assertThat(r.out())
        .contains(sandbox.server().countDeleted(sandbox.server().userEmail()) + " recording(s)");
  }

  @Test
  void ownerAsAUserIsRefusedWithoutListing() {
    CliRun.Result r = user().run("list", "--owner", "someone@example.com");

    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().lines()).hasSize(1).first().asString().contains("--owner");
    assertThat(r.out()).isEmpty();
    // Only the admin probe was sent (it answered 403): no list of the bin.
    assertThat(sandbox.server().requestLog())
        .extracting(RequestRecord::status)
        .containsExactly(403);
  }

  @Test
  void malformedEmailAndBadDaysSendNothing() {
    CliRun.Result email = admin().run("list", "--owner", "not-an-email");
    CliRun.Result days = admin().run("list", "--days", "0");
    CliRun.Result format = admin().run("list", "--format", "xml");
    CliRun.Result unknown = admin().run("list", "--colour");

    for (CliRun.Result r : List.of(email, days, format, unknown)) {
      assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.err().lines()).as(r.toString()).hasSize(1);
    }
    assertThat(email.err()).contains("not-an-email");
    assertThat(unknown.err()).contains("--colour");
    assertThat(sandbox.server().requestLog()).isEmpty();
  }

  @Test
  void signInProblemsExitWith3() {
    CliRun.Result badToken =
        user().api(sandbox.server().baseUrl().toString(), "not-a-token").run("list");
    assertThat(badToken.code()).as(badToken.toString()).isEqualTo(ExitCode.SIGN_IN);
    assertThat(badToken.err()).contains("401").doesNotContain("not-a-token");

    CliRun.Result noToken = user().api(sandbox.server().baseUrl().toString(), null).run("list");
    assertThat(noToken.code()).isEqualTo(ExitCode.SIGN_IN);
    assertThat(noToken.err()).contains("WEBEX_TOKEN");
  }

  @Test
  void aServerThatIsDownExitsWith4() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    CliRun.Result r = user().api("http://127.0.0.1:" + port + "/v1", "t").run("list");

    assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.NETWORK);
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void plainHttpToAnotherHostIsBadInput() {
    CliRun.Result r = user().run("--api-base", "http://example.com/v1", "list");
    CliRun.Result afterCommand = user().run("list", "--api-base", "http://example.com/v1");

    assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("https");
    assertThat(afterCommand.code()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(sandbox.server().requestLog()).isEmpty();
  }
}
