package io.recordingrescue.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packages ControlsFX needs opened are named once, in the pom's {@code fx.open.*} properties.
 * The CLI launchers' properties files cannot read Maven properties and keep literal copies: they
 * must open exactly the same packages, and the main launcher's argument file none of its own. The
 * JVM options of the app's runtime are named once too, and the benchmarks run with them.
 */
class PackagingMatchesPomTest {

  private static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath();
  private static final Pattern ADD_OPENS = Pattern.compile("--add-opens[= ]([^\\s\"]+)");

  @Test
  void theCliLaunchersOpenExactlyThePackagesThePomNames() throws IOException {
    String pom = read(ROOT.resolve("pom.xml"));
    List<String> expected =
        List.of(
            property(pom, "fx.open.skin") + "=ALL-UNNAMED",
            property(pom, "fx.open.scene") + "=ALL-UNNAMED");
    assertThat(expected).allSatisfy(o -> assertThat(o).startsWith("javafx."));

    for (String os : List.of("linux", "macos", "windows")) {
      Path launcher = ROOT.resolve("packaging").resolve(os).resolve("rescue.properties");
      assertThat(addOpens(read(launcher)))
          .as("add-opens in %s", ROOT.relativize(launcher))
          .containsExactlyInAnyOrderElementsOf(expected);
    }
    assertThat(addOpens(read(ROOT.resolve("packaging/jpackage/app.args"))))
        .as("the main launcher gets its add-opens from the pom")
        .isEmpty();
  }

  @Test
  void noFxmlInTheBuildOrTheRuntime() throws IOException {
    String pom = read(ROOT.resolve("pom.xml"));
    assertThat(pom).doesNotContain("<artifactId>javafx-fxml</artifactId>");
    String modules = property(pom, "installer.jlink.modules");
    assertThat(modules.split(",")).contains("javafx.controls", "jdk.crypto.ec", "jdk.httpserver");
    assertThat(modules.split(",")).doesNotContain("javafx.fxml", "java.scripting");
  }

  @Test
  void theRuntimeAndTheBenchmarksTakeTheirJvmOptionsFromOneProperty() throws IOException {
    String pom = read(ROOT.resolve("pom.xml"));
    assertThat(pom)
        .as("jlink bakes them into the app's runtime")
        .contains("<argument>--add-options=${runtime.jvm.options}</argument>")
        .as("the bench profile's JVM reads them")
        .contains("<JDK_JAVA_OPTIONS>${runtime.jvm.options}</JDK_JAVA_OPTIONS>");

    int linuxProfile = pom.indexOf("<id>installer-linux</id>");
    assertThat(linuxProfile).isPositive();
    List<String> linux =
        List.of(property(pom.substring(linuxProfile), "runtime.jvm.options").split("\\s+"));
    assertThat(linux).contains("-XX:ThreadPriorityPolicy=1");
    for (int priority = 6; priority <= 10; priority++) {
      // Run as root, the JVM would raise its own threads above the window's; a user's run cannot.
      assertThat(linux).contains("-XX:JavaPriority" + priority + "_To_OSPriority=0");
    }
    assertThat(property(pom, "runtime.jvm.options"))
        .as("elsewhere the JVM's default policy")
        .isEqualTo("-XX:ThreadPriorityPolicy=0");
  }

  private static String property(String pom, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    assertThat(m.find()).as("property %s in pom.xml", name).isTrue();
    return m.group(1).trim();
  }

  private static List<String> addOpens(String text) {
    List<String> found = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.stripLeading().startsWith("#")) {
        continue;
      }
      Matcher m = ADD_OPENS.matcher(line);
      while (m.find()) {
        found.add(m.group(1));
      }
    }
    return found;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
