package io.recordingrescue.restore;

import io.recordingrescue.restore.incident.IncidentJournal;
import io.recordingrescue.restore.incident.IncidentPlan;
import io.recordingrescue.restore.incident.IncidentPlanner;
import io.recordingrescue.restore.incident.IncidentPreviewer;
import io.recordingrescue.restore.incident.IncidentReport;
import io.recordingrescue.restore.incident.IncidentRunner;
import io.recordingrescue.restore.incident.OwnerInput;
import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.BinScanner;
import io.recordingrescue.webex.WebexClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

/**
 * Runs one incident against a sandbox started by the parent test and prints its progress, so that
 * the parent can kill this JVM mid-incident. Args: baseUrl token journalDir ownersFile.
 */
public final class IncidentCrashChild {
  private IncidentCrashChild() {}

  public static void main(String[] args) throws Exception {
    WebexClient client =
        SandboxHarness.client(java.net.URI.create(args[0]), AccessTokenSource.fixed(args[1]));
    Path journalDir = Path.of(args[2]);
    OwnerInput input = new IncidentPlanner().fromText(Files.readString(Path.of(args[3])));
    BinScanner scanner = new BinScanner(client, Clock.systemUTC(), 3);
    IncidentPlan plan =
        IncidentPlan.of(
            input,
            new IncidentPreviewer(
                    (scope, l) -> scanner.scan(scope, BinScanner.DEFAULT_HORIZON.plusDays(1), l), 4)
                .preview(input.owners(), (p, n, t) -> {}, () -> false),
            Set.of());
    RestoreEngine engine = SandboxHarness.engine(client, journalDir, 1);
    IncidentReport report =
        new IncidentRunner(
                engine, new IncidentJournal(journalDir, Clock.systemUTC()), Clock.systemUTC(), 3)
            .start(
                plan,
                "crash-test",
                p -> {
                  System.out.println("PROGRESS " + p.ownersDone() + " " + p.ownersRunning());
                  System.out.flush();
                },
                new CancellationToken());
    System.out.println("DONE " + report.state());
    System.out.flush();
  }
}
