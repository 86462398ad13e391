package io.recordingrescue.cli;

import io.recordingrescue.webex.Person;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "whoami",
    description = "Show the signed-in account and whether it is an administrator or a user.")
final class WhoamiCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (default ${DEFAULT-VALUE}).")
  Format format;

  enum Format {
    text,
    json
  }

  WhoamiCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Connection connection = ctx.connect();
    Person me = connection.client().me();
    Role role = connection.role();
    String source =
        ctx.env().envOrNull(CliEnvironment.TOKEN_ENV) != null ? "WEBEX_TOKEN" : "stored sign-in";
    if (format == Format.json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("email", me.primaryEmail());
      out.put("displayName", me.displayName());
      out.put("orgId", me.orgId());
      out.put("role", role.name().toLowerCase(java.util.Locale.ROOT));
      out.put("apiBase", connection.client().baseUrl().toString());
      out.put("tokenFrom", source);
      ctx.result(RecordingWriter.json(out));
    } else {
      ctx.result(
          me.primaryEmail()
              + (me.displayName() == null ? "" : " (" + me.displayName() + ")")
              + ", "
              + role.label());
      ctx.result("API " + connection.client().baseUrl() + ", token from " + source);
    }
    return ExitCode.OK;
  }
}
