package io.recordingrescue.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.faults.FaultKind;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxCommandTest {
  @TempDir Path dataDir;

  @Test
  void servesUntilCtrlCAndTheCliWorksAgainstIt() throws Exception {
    java.io.PipedOutputStream sink = new java.io.PipedOutputStream();
    java.io.PipedInputStream source = new java.io.PipedInputStream(sink, 1 << 16);
    ManualInterrupts ctrlC = new ManualInterrupts();
    CompletableFuture<Integer> serving =
        CompletableFuture.supplyAsync(
            () ->
                Cli.run(
                    new String[] {"sandbox", "--port", "0", "--records", "40", "--owners", "3"},
                    new CliEnvironment(
                        java.io.InputStream.nullInputStream(),
                        new java.io.PrintStream(
                            sink, true, java.nio.charset.StandardCharsets.UTF_8),
                        new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                        java.util.Map.of(),
                        false,
                        ctrlC,
                        java.time.Clock.systemUTC(),
                        java.util.Map.of()),
                    SignIn.NOT_CONFIGURED,
                    Wiring.jobs()));
    java.io.BufferedReader lines =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(source, java.nio.charset.StandardCharsets.UTF_8));
    String base = null;
    String token = null;
    for (String line; (line = lines.readLine()) != null; ) {
      if (line.strip().startsWith("export WEBEX_API_BASE=")) {
        base = line.strip().substring("export WEBEX_API_BASE=".length());
      }
      if (line.strip().startsWith("export WEBEX_TOKEN=")) {
        token = line.strip().substring("export WEBEX_TOKEN=".length());
        break;
      }
    }
    assertThat(base).startsWith("http://127.0.0.1:").endsWith("/v1");
    assertThat(URI.create(base).getPort()).isPositive();

    CliRun.Result whoami = new CliRun(dataDir).api(base, token).run("whoami", "--format", "json");
    assertThat(whoami.code()).as(whoami.toString()).isZero();
    assertThat(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(whoami.out())
                .get("role")
                .asText())
        .isEqualTo("user");

    ctrlC.registered.await(5, TimeUnit.SECONDS);
    ctrlC.press();
    assertThat(serving.get(5, TimeUnit.SECONDS)).isZero();
    CliRun.Result after = new CliRun(dataDir).api(base, token).run("whoami");
    assertThat(after.code()).as("the sandbox is down after Ctrl+C").isEqualTo(ExitCode.NETWORK);
  }

  @Test
  void optionsBecomeTheSandboxConfig() {
    SandboxCommand command = new SandboxCommand(null);
    command.port = 0;
    command.records = 25;
    command.owners = 2;
    command.faultRate = 0.3;
    command.latencyMs = 50;

    SandboxConfig config = command.config();

    assertThat(config.recordCount()).isEqualTo(25);
    assertThat(config.ownerCount()).isEqualTo(2);
    assertThat(config.faults().latencyMillis()).isEqualTo(50);
    double total = 0;
    for (FaultKind kind : SandboxCommand.FAULTS) {
      total += config.faults().rate(kind);
    }
    assertThat(total).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void badOptionsAndATakenPortAreBadInput() throws Exception {
    CliRun run = new CliRun(dataDir);
    for (List<String> args :
        List.of(
            List.of("sandbox", "--fault-rate", "1.5"),
            List.of("sandbox", "--records", "-1"),
            List.of("sandbox", "--owners", "0"),
            List.of("sandbox", "--latency-ms", "-5"),
            List.of("sandbox", "--port", "70000"))) {
      CliRun.Result r = run.run(args.toArray(String[]::new));
      assertThat(r.code()).as(args + "\n" + r).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.err().lines()).as(args.toString()).hasSize(1);
    }
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CliRun.Result r = run.run("sandbox", "--port", Integer.toString(taken.getLocalPort()));
      assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(r.err()).contains("in use");
    }
  }
}
