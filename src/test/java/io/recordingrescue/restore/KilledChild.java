package io.recordingrescue.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs a job in a child JVM that prints {@code PROGRESS} lines, and kills it (kill -9: no shutdown
 * hooks, no last word) at the first line the test picks. The child's stderr goes to {@code
 * child.err} in the test's folder and is shown when the kill point is never reached.
 */
final class KilledChild {
  private KilledChild() {}

  /**
   * @param killAt told the space-separated fields of each {@code PROGRESS} line, the first being
   *     {@code PROGRESS}
   */
  static void runAndKill(Path dir, Class<?> main, Predicate<String[]> killAt, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
    command.addAll(List.of(args));
    Path stderr = dir.resolve("child.err");
    Process child = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    boolean killed = false;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        String[] p = line.split(" ");
        if (p[0].equals("PROGRESS") && killAt.test(p)) {
          child.destroyForcibly();
          killed = true;
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      child.waitFor(10, TimeUnit.SECONDS);
    }
    assertThat(killed)
        .as("the child reached the kill point (stderr: %s)", Files.readString(stderr))
        .isTrue();
  }
}
