package io.recordingrescue.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code packaging/linux/direct-launchers.sh} swaps jpackage's Linux launchers for scripts that
 * start the image's runtime directly. On a made-up app-image whose {@code java} prints its
 * arguments: the script must hand the JVM exactly what the launcher's .cfg says, from wherever the
 * image lies and through a link (the .deb's {@code /usr/bin/rescue}), with the user's arguments
 * untouched; a .cfg it cannot honour must fail the build and leave the launchers alone.
 */
@DisabledOnOs(OS.WINDOWS)
class DirectLaunchersTest {
  private static final Path SCRIPT =
      Path.of(System.getProperty("user.dir"), "packaging", "linux", "direct-launchers.sh");

  @TempDir Path dir;

  @Test
  void theScriptStartsTheRuntimeWithTheCfgArgumentsAndTheUsersOwn() throws Exception {
    Path image = image(dir.resolve("opt dir/Recording Rescue"));
    writeCfg(
        image,
        "Recording Rescue",
        "[Application]",
        "app.name=Recording Rescue",
        "app.version=1.0.0",
        "app.runtime=$ROOTDIR/lib/runtime",
        "app.identifier=io.recordingrescue.app",
        "app.classpath=$APPDIR/recording-rescue.jar",
        "app.classpath=$APPDIR/it's a jar.jar",
        "app.mainclass=io.recordingrescue.app.Launcher",
        "",
        "[JavaOptions]",
        "java-options=-Djpackage.app-version=1.0.0",
        "java-options=--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED",
        "java-options=-Dhome=$ROOTDIR and $BINDIR");
    writeCfg(
        image,
        "rescue",
        "[Application]",
        "app.classpath=$APPDIR/recording-rescue.jar",
        "app.mainclass=io.recordingrescue.app.Launcher",
        "[JavaOptions]",
        "java-options=-Drecordingrescue.mode=cli");

    Result swap = run(List.of("bash", SCRIPT.toString(), image.toString()));
    assertThat(swap.exitCode()).as(swap.output()).isZero();

    String root = image.toRealPath().toString();
    Path window = image.resolve("bin/Recording Rescue");
    assertThat(Files.readString(window)).startsWith("#!/bin/sh");
    assertThat(run(List.of(window.toString(), "--sandbox", "two words", "$HOME", "'q'")).lines())
        .containsExactly(
            "-Djpackage.app-path=" + root + "/bin/Recording Rescue",
            "-Djpackage.app-version=1.0.0",
            "--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED",
            "-Dhome=" + root + " and " + root + "/bin",
            "-classpath",
            root + "/lib/app/recording-rescue.jar:" + root + "/lib/app/it's a jar.jar",
            "io.recordingrescue.app.Launcher",
            "--sandbox",
            "two words",
            "$HOME",
            "'q'");

    // The .deb links /usr/bin/rescue to the launcher: the image is found through the link.
    Path link = Files.createDirectories(dir.resolve("usr/bin")).resolve("rescue");
    Files.createSymbolicLink(link, image.resolve("bin/rescue"));
    assertThat(run(List.of(link.toString(), "list")).lines())
        .containsExactly(
            "-Djpackage.app-path=" + root + "/bin/rescue",
            "-Drecordingrescue.mode=cli",
            "-classpath",
            root + "/lib/app/recording-rescue.jar",
            "io.recordingrescue.app.Launcher",
            "list");
  }

  @Test
  void aCfgKeyItCannotHonourFailsAndChangesNoLauncher() throws Exception {
    for (String unsupported :
        List.of(
            "arguments=--sandbox",
            "app.mainmodule=io.recordingrescue/io.recordingrescue.app.Launcher",
            "app.runtime=/usr/lib/jvm/java-17")) {
      Path image = image(dir.resolve("image-" + unsupported.hashCode()));
      writeCfg(
          image,
          "Recording Rescue",
          "[Application]",
          "app.classpath=$APPDIR/recording-rescue.jar",
          "app.mainclass=io.recordingrescue.app.Launcher",
          unsupported.startsWith("arguments") ? "[ArgOptions]" : "",
          unsupported);

      Result swap = run(List.of("bash", SCRIPT.toString(), image.toString()));

      assertThat(swap.exitCode()).as(unsupported).isNotZero();
      assertThat(swap.output())
          .as(unsupported)
          .contains("direct-launchers:", "Recording Rescue.cfg");
      assertThat(Files.readString(image.resolve("bin/Recording Rescue")))
          .as("the launcher stays as jpackage made it")
          .isEqualTo("native launcher");
      assertThat(image.resolve("bin").toFile().list()).containsExactly("Recording Rescue");
    }
  }

  @Test
  void aLauncherWithoutItsCfgOrNoImageAtAllIsAnError() throws Exception {
    Path image = image(dir.resolve("no-cfg"));
    Result noCfg = run(List.of("bash", SCRIPT.toString(), image.toString()));
    assertThat(noCfg.exitCode()).isNotZero();
    assertThat(noCfg.output()).contains("no ", "Recording Rescue.cfg");

    Result notAnImage = run(List.of("bash", SCRIPT.toString(), dir.resolve("nothing").toString()));
    assertThat(notAnImage.exitCode()).isNotZero();
    assertThat(notAnImage.output()).contains("is not an app-image");
  }

  /**
   * bin/ with a stand-in launcher, lib/app/, and a runtime whose java prints one argument a line.
   */
  private static Path image(Path image) throws IOException {
    Files.createDirectories(image.resolve("bin"));
    Files.createDirectories(image.resolve("lib/app"));
    Files.writeString(image.resolve("bin/Recording Rescue"), "native launcher");
    Path java = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return image;
  }

  private static void writeCfg(Path image, String launcher, String... lines) throws IOException {
    Files.write(image.resolve("lib/app/" + launcher + ".cfg"), List.of(lines));
    Path bin = image.resolve("bin/" + launcher);
    if (!Files.exists(bin)) {
      Files.writeString(bin, "native launcher");
    }
  }

  private record Result(int exitCode, String output) {
    List<String> lines() {
      assertThat(exitCode).as(output).isZero();
      return output.lines().toList();
    }
  }

  private static Result run(List<String> command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }
}
