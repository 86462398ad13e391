package io.recordingrescue.cli;

import io.recordingrescue.auth.SettingsFileException;
import io.recordingrescue.auth.SignInException;
import io.recordingrescue.restore.JobState;
import io.recordingrescue.webex.ForbiddenException;
import io.recordingrescue.webex.InvalidRequestException;
import io.recordingrescue.webex.SignInRequiredException;
import io.recordingrescue.webex.WebexApiException;
import io.recordingrescue.webex.WebexException;

/** The exit codes of every command, as documented in {@code --help} and the README. */
public final class ExitCode {
  /** Everything asked for is done. */
  public static final int OK = 0;

  /** Some of it failed (or the job was cancelled); the rest is done. */
  public static final int PARTLY_FAILED = 1;

  /** Bad usage or input: nothing was sent. */
  public static final int BAD_INPUT = 2;

  /** Sign-in needed, or the account may not do this. */
  public static final int SIGN_IN = 3;

  /** Webex (or the network) failed. */
  public static final int NETWORK = 4;

  /** The lines {@code --help} shows under "Exit codes". */
  static final String[] HELP = {
    "0   all done",
    "1   partly failed or cancelled (see the results; resumable jobs are kept)",
    "2   bad usage or input (nothing was sent)",
    "3   sign-in needed, or refused (wrong account or no admin rights)",
    "4   network or server failure"
  };

  private ExitCode() {}

  /** The code for a job or an incident that stopped before the end (paused or cancelled). */
  static int stopped(JobState state) {
    return switch (state) {
      case PAUSED_SIGN_IN -> SIGN_IN;
      case PAUSED_NETWORK -> NETWORK;
      default -> PARTLY_FAILED;
    };
  }

  /** The code for a failure that ended a command. */
  public static int of(Throwable failure) {
    if (failure instanceof CliException cli) {
      return cli.exitCode();
    }
    if (failure instanceof SignInException) {
      return SIGN_IN;
    }
    if (failure instanceof InvalidRequestException || failure instanceof SettingsFileException) {
      return BAD_INPUT;
    }
    if (failure instanceof SignInRequiredException || failure instanceof ForbiddenException) {
      return SIGN_IN;
    }
    if (failure instanceof WebexApiException api && api.status() >= 400 && api.status() < 500) {
      // Other 4xx answers (400, 404, 409...) mean Webex refused what we asked for.
      return api.status() == 429 || api.status() == 423 ? NETWORK : BAD_INPUT;
    }
    if (failure instanceof WebexException) {
      return NETWORK;
    }
    return PARTLY_FAILED;
  }
}
