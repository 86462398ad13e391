package io.recordingrescue.cli;

/** Ends a command with one line for the operator and an exit code from {@link ExitCode}. */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }

  static CliException badInput(String message) {
    return new CliException(ExitCode.BAD_INPUT, message);
  }

  static CliException signIn(String message) {
    return new CliException(ExitCode.SIGN_IN, message);
  }
}
