package io.recordingrescue.cli;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.sandbox.SandboxServer;
import io.recordingrescue.sandbox.api.DetailsReading;
import io.recordingrescue.sandbox.faults.FaultKind;
import io.recordingrescue.sandbox.faults.FaultPlan;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "sandbox",
    description = {
      "Serve the embedded Webex sandbox on 127.0.0.1 until stopped (Ctrl+C), printing its base"
          + " URL and tokens, to try the CLI or the app without a Webex account."
    })
final class SandboxCommand implements Callable<Integer> {
  /** Injected faults are spread evenly over these kinds. */
  static final List<FaultKind> FAULTS =
      List.of(FaultKind.TOO_MANY_REQUESTS, FaultKind.INTERNAL_ERROR, FaultKind.SERVICE_UNAVAILABLE);

  private final CliContext ctx;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "0",
      description = "Port on 127.0.0.1 (default 0: any free port).")
  int port;

  @Option(
      names = "--records",
      paramLabel = "N",
      defaultValue = "600",
      description = "Recordings to generate (default ${DEFAULT-VALUE}).")
  int records;

  @Option(
      names = "--owners",
      paramLabel = "N",
      defaultValue = "12",
      description = "Owners sharing them (default ${DEFAULT-VALUE}).")
  int owners;

  @Option(
      names = "--fault-rate",
      paramLabel = "F",
      defaultValue = "0",
      description = "Share of requests (0..1) answered 429, 500 or 503 (default ${DEFAULT-VALUE}).")
  double faultRate;

  @Option(
      names = "--latency-ms",
      paramLabel = "N",
      defaultValue = "0",
      description = "Delay before every answer, in milliseconds (default ${DEFAULT-VALUE}).")
  long latencyMs;

  @Option(
      names = "--details",
      paramLabel = "READING",
      defaultValue = "RETURNS_BIN_ITEMS",
      description =
          "How GET /convergedRecordings/{id} answers: ${COMPLETION-CANDIDATES} (default"
              + " ${DEFAULT-VALUE}).")
  DetailsReading details;

  SandboxCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  @SuppressWarnings("try") // The registration is held for the scope of the work.
  public Integer call() throws InterruptedException {
    SandboxConfig config = config();
    CountDownLatch stop = new CountDownLatch(1);
    try (Interrupts.Registration ignored = ctx.env().interrupts().onInterrupt(stop::countDown);
        SandboxServer sandbox = start(config)) {
      ctx.result(sandbox.describe());
      ctx.result("");
      ctx.result("Try it (user token; the admin token above works the same way):");
      ctx.result("  export WEBEX_API_BASE=" + sandbox.baseUrl());
      ctx.result("  export WEBEX_TOKEN=" + sandbox.userToken());
      ctx.result("  rescue list");
      ctx.env().out().flush();
      ctx.note("Serving until stopped (Ctrl+C).");
      stop.await();
      ctx.note("Sandbox stopped.");
    }
    return ExitCode.OK;
  }

  SandboxConfig config() {
    if (port < 0 || port > 65_535) {
      throw CliException.badInput("--port must be between 0 and 65535, got " + port + ".");
    }
    if (records < 0 || records > 1_000_000) {
      throw CliException.badInput("--records must be between 0 and 1000000, got " + records + ".");
    }
    if (owners < 1 || owners > 10_000) {
      throw CliException.badInput("--owners must be between 1 and 10000, got " + owners + ".");
    }
    if (!(faultRate >= 0 && faultRate <= 1)) {
      throw CliException.badInput("--fault-rate must be between 0 and 1, got " + faultRate + ".");
    }
    if (latencyMs < 0 || latencyMs > 60_000) {
      throw CliException.badInput(
          "--latency-ms must be between 0 and 60000, got " + latencyMs + ".");
    }
    FaultPlan faults = FaultPlan.none().withLatency(latencyMs, latencyMs / 5);
    for (FaultKind kind : FAULTS) {
      faults = faults.withRate(kind, faultRate / FAULTS.size());
    }
    return SandboxConfig.builder()
        .port(port)
        .recordCount(records)
        .ownerCount(owners)
        .faults(faults)
        .detailsReading(details)
        .build();
  }

  private static SandboxServer start(SandboxConfig config) {
    try {
      return SandboxServer.start(config);
    } catch (UncheckedIOException e) {
      throw CliException.badInput(
          "Cannot serve the sandbox on 127.0.0.1 port " + config.port() + ": it is in use.");
    }
  }
}
