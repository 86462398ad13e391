package io.recordingrescue.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The {@code ui} packages form no loop: each screen package may use the {@code ui} root and the
 * packages below it in the graph, never one that uses it back. Read from the sources (imports and
 * fully qualified names), so a loop is named by the packages in it.
 */
class UiPackagesTest {
  private static final String UI = "io.recordingrescue.ui";
  private static final Path SOURCES =
      Path.of(System.getProperty("user.dir"), "src", "main", "java", "io", "recordingrescue", "ui");

  /** A type name ending in ViewModel (not a type nested in one, such as {@code X$Phase}). */
  private static final Pattern VIEW_MODEL_TYPE = Pattern.compile("ViewModel(?![\\w$])");

  /** A name of a type in a ui package: the lowercase parts are the package. */
  private static final Pattern UI_TYPE =
      Pattern.compile("\\bio\\.recordingrescue\\.ui((?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");

  @Test
  void theUiPackagesDependOnEachOtherWithoutALoop() throws IOException {
    Map<String, Set<String>> graph = uiPackageGraph();

    assertThat(graph).containsKeys(UI, UI + ".recyclebin", UI + ".jobs", UI + ".main");
    assertThat(cycle(graph)).as("a loop among the ui packages").isEmpty();
  }

  @Test
  void theMainWindowUsesTheScreensAndNoScreenUsesTheMainWindow() throws IOException {
    Map<String, Set<String>> graph = uiPackageGraph();

    assertThat(graph.get(UI + ".main")).contains(UI + ".recyclebin", UI + ".jobs");
    graph.forEach(
        (from, to) -> {
          if (!from.equals(UI + ".main")) {
            assertThat(to).as(from + " uses").doesNotContain(UI + ".main");
          }
        });
  }

  @Test
  void theLoopFinderNamesALoop() {
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put("a", Set.of("b"));
    graph.put("b", Set.of("c"));
    graph.put("c", Set.of("a", "d"));
    graph.put("d", Set.of());

    assertThat(cycle(graph)).containsExactly("a", "b", "c", "a");
    graph.put("c", Set.of("d"));
    assertThat(cycle(graph)).isEmpty();
  }

  @Test
  void noViewModelHoldsAnotherViewModel() throws Exception {
    List<String> holders = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith("ViewModel.java")).toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString().replace(".java", "");
      Class<?> type = Class.forName(packageOf(file) + "." + name);
      for (Field field : type.getDeclaredFields()) {
        if (!field.isSynthetic() && namesAViewModel(field.getGenericType())) {
          holders.add(name + "." + field.getName() + ": " + field.getGenericType().getTypeName());
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        for (Type parameter : constructor.getGenericParameterTypes()) {
          if (namesAViewModel(parameter)) {
            holders.add(name + "(" + parameter.getTypeName() + ")");
          }
        }
      }
    }

    assertThat(files).hasSizeGreaterThan(8);
    assertThat(holders).as("view models that hold another view model").isEmpty();
  }

  /** A type such as {@code RecycleBinViewModel} or {@code Supplier<JobsViewModel>}. */
  private static boolean namesAViewModel(Type type) {
    return VIEW_MODEL_TYPE.matcher(type.getTypeName()).find();
  }

  /** Package → the other ui packages its files name. */
  static Map<String, Set<String>> uiPackageGraph() throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    for (Path file : files) {
      String pkg = packageOf(file);
      Set<String> uses = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
      Matcher m = UI_TYPE.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (m.find()) {
        String used = UI + m.group(1);
        if (!used.equals(pkg)) {
          uses.add(used);
        }
      }
    }
    return graph;
  }

  private static String packageOf(Path file) {
    Path dir = SOURCES.relativize(file).getParent();
    return dir == null
        ? UI
        : UI + "." + dir.toString().replace(file.getFileSystem().getSeparator(), ".");
  }

  /** A loop as the packages along it (first = last), or empty when there is none. */
  static List<String> cycle(Map<String, Set<String>> graph) {
    Set<String> done = new HashSet<>();
    for (String start : graph.keySet()) {
      List<String> found = cycleFrom(start, graph, new ArrayList<>(), done);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static List<String> cycleFrom(
      String node, Map<String, Set<String>> graph, List<String> path, Set<String> done) {
    int at = path.indexOf(node);
    if (at >= 0) {
      List<String> loop = new ArrayList<>(path.subList(at, path.size()));
      loop.add(node);
      return loop;
    }
    if (done.contains(node)) {
      return List.of();
    }
    path.add(node);
    for (String next : graph.getOrDefault(node, Set.of())) {
      List<String> found = cycleFrom(next, graph, path, done);
      if (!found.isEmpty()) {
        return found;
      }
    }
    path.remove(path.size() - 1);
    done.add(node);
    return List.of();
  }
}
