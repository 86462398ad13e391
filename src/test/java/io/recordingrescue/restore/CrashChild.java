package io.recordingrescue.restore;

import io.recordingrescue.webex.AccessTokenSource;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.WebexClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one restore job against a sandbox started by the parent test and prints its progress, so
 * that the parent can kill this JVM at a chosen moment. Args: baseUrl token journalDir idsFile.
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) throws IOException {
    URI baseUrl = URI.create(args[0]);
    String token = args[1];
    Path journalDir = Path.of(args[2]);
    List<String> ids = Files.readAllLines(Path.of(args[3]));
    WebexClient client = SandboxHarness.client(baseUrl, AccessTokenSource.fixed(token));
    RestoreEngine engine = SandboxHarness.engine(client, journalDir, 2);
    RestoreReport report =
        engine.run(
            new RestorePlanner().plan(new RestoreTarget.ByIds(ids)),
            "crash-test",
            ListScope.org(),
            e -> {
              System.out.println(
                  "PROGRESS " + e.batchesDone() + " " + e.idsDone() + " " + e.waitReason());
              System.out.flush();
            },
            new CancellationToken());
    System.out.println("DONE " + report.state());
    System.out.flush();
  }
}
