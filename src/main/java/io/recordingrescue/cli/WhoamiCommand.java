package io.recordingrescue.cli;

import io.recordingrescue.auth.AuthSettings;
import io.recordingrescue.auth.AuthSettingsStore;
import io.recordingrescue.settings.AppFolders;
import io.recordingrescue.settings.EffectiveSettings;
import io.recordingrescue.settings.Sourced;
import io.recordingrescue.webex.Person;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "whoami",
    description = {
      "Show the settings in effect and where each comes from (option, environment, settings file"
          + " or default), then the signed-in account and whether it is an administrator or a"
          + " user.",
      "Exits 3 after the settings when nobody is signed in."
    })
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
    EffectiveSettings settings = ctx.settings();
    Map<String, Object> out = new LinkedHashMap<>();
    Connection connection;
    try {
      connection = ctx.connect();
    } catch (CliException e) {
      if (e.exitCode() != ExitCode.SIGN_IN) {
        throw e;
      }
      out.put("signedIn", false);
      putSettings(out, settings);
      print(out, settings, null);
      throw e; // the settings are shown; the exit code still says "not signed in"
    }
    Person me = connection.client().me();
    Role role = connection.role();
    out.put("signedIn", true);
    out.put("email", me.primaryEmail());
    out.put("displayName", me.displayName());
    out.put("orgId", me.orgId());
    out.put("role", role.name().toLowerCase(Locale.ROOT));
    out.put(
        "tokenFrom",
        ctx.env().envOrNull(CliEnvironment.TOKEN_ENV) != null ? "WEBEX_TOKEN" : "stored sign-in");
    putSettings(out, settings);
    print(out, settings, role);
    return ExitCode.OK;
  }

  /** Each value with its source; the client secret only as set or not. */
  private static void putSettings(Map<String, Object> out, EffectiveSettings settings) {
    AppFolders folders = settings.folders();
    AuthSettings auth = settings.auth();
    out.put("apiBase", sourced(settings.apiBase()));
    out.put("dataDir", sourced(folders.dataDir()));
    out.put("userSettingsFile", sourced(folders.userSettingsFile()));
    out.put("machineSettingsFile", sourced(folders.machineSettingsFile()));
    out.put("clientId", sourced(auth.clientId(), settings, AuthSettingsStore.CLIENT_ID));
    out.put(
        "clientSecret",
        sourced(
            auth.clientSecret().isEmpty() ? "(not set)" : "(set, hidden)",
            settings,
            AuthSettingsStore.CLIENT_SECRET));
    out.put(
        "redirectPort", sourced(auth.redirectPort(), settings, AuthSettingsStore.REDIRECT_PORT));
    out.put(
        "scope",
        sourced(
            auth.scopeSet().name().toLowerCase(Locale.ROOT), settings, AuthSettingsStore.SCOPE));
    out.put(
        "authorizeUrl",
        sourced(auth.authorizeUrl().toString(), settings, AuthSettingsStore.AUTHORIZE_URL));
    out.put("tokenUrl", sourced(auth.tokenUrl().toString(), settings, AuthSettingsStore.TOKEN_URL));
  }

  private static Map<String, Object> sourced(Sourced<?> value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", value.value().toString());
    m.put("source", value.source());
    return m;
  }

  private static Map<String, Object> sourced(Object value, EffectiveSettings settings, String key) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", value);
    m.put("source", settings.sourceOf(key));
    return m;
  }

  private void print(Map<String, Object> out, EffectiveSettings settings, Role role) {
    if (format == Format.json) {
      ctx.result(RecordingWriter.json(out));
      return;
    }
    if (role != null) {
      Object name = out.get("displayName");
      ctx.result(out.get("email") + (name == null ? "" : " (" + name + ")") + ", " + role.label());
    } else {
      ctx.result("Not signed in.");
    }
    Sourced<?> api = settings.apiBase();
    ctx.result(
        "API "
            + api.value()
            + " (from "
            + api.source()
            + ")"
            + (role == null ? "" : ", token from " + out.get("tokenFrom")));
    AppFolders folders = settings.folders();
    ctx.result(
        "Data folder " + folders.dataDir().value() + " (from " + folders.dataDir().source() + ")");
    ctx.result(
        "Settings files: "
            + folders.userSettingsFile().value()
            + " (this user), "
            + folders.machineSettingsFile().value()
            + " (machine-wide)");
  }
}
