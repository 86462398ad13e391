package io.recordingrescue.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone in an empty folder must build and pass on its own: no source, build or packaging file may
 * name a path that leaves the repository (such as a folder of notes beside the clone).
 */
class RepositoryStandsAloneTest {

  private static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath();

  /** A relative path with at least one "..", as written in a file: ../x, ..\\x, a/../../b. */
  private static final Pattern RELATIVE_UP =
      Pattern.compile(
          "(?<![A-Za-z0-9_.])(?:[A-Za-z0-9_.-]+[/\\\\])*\\.\\.[/\\\\](?:[A-Za-z0-9_.-]+[/\\\\]?)*");

  @Test
  void noFileNamesAPathOutsideTheRepository() throws IOException {
    List<String> escapes = new ArrayList<>();
    for (Path file : filesToCheck()) {
      if (file.endsWith("RepositoryStandsAloneTest.java")) {
        continue; // its own examples
      }
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
      } catch (CharacterCodingException binary) {
        continue;
      }
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher m = RELATIVE_UP.matcher(lines[i]);
        while (m.find()) {
          String written = m.group().replace('\\', '/');
          if (leaves(baseOf(file), written)) {
            escapes.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + written);
          }
        }
      }
    }
    assertThat(escapes).as("paths that leave the repository").isEmpty();
  }

  @Test
  void theCheckFindsAnEscape() {
    assertThat(leaves(ROOT, "../notes/reference/x.json")).isTrue();
    assertThat(leaves(ROOT.resolve("packaging"), "../assets")).isFalse();
    assertThat(leaves(ROOT, "src/../pom.xml")).isFalse();
    Matcher m = RELATIVE_UP.matcher("read(\"../notes/api\") and ok/path");
    assertThat(m.find()).isTrue();
    assertThat(m.group()).isEqualTo("../notes/api");
  }

  /**
   * Scripts under packaging/ and .ci/ start with {@code cd "$(dirname "$0")"}, so their paths are
   * relative to their own folder; Maven, the tests and the workflows work in the project folder.
   */
  private static Path baseOf(Path file) {
    Path top = ROOT.relativize(file).getName(0);
    return top.toString().equals("packaging") || top.toString().equals(".ci")
        ? file.getParent()
        : ROOT;
  }

  private static boolean leaves(Path base, String relative) {
    return !base.resolve(relative).normalize().startsWith(ROOT);
  }

  private static List<Path> filesToCheck() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String top : List.of("pom.xml", "src", "packaging", ".ci", ".github", "assets")) {
      Path p = ROOT.resolve(top);
      if (Files.isRegularFile(p)) {
        files.add(p);
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.toString().endsWith(".png") && !f.toString().endsWith(".json"))
              .forEach(files::add);
        }
      }
    }
    return files;
  }
}
