package io.recordingrescue.app;

/** Plain main class: a class extending Application cannot start a classpath launch. */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    System.out.println("Recording Rescue");
  }
}
