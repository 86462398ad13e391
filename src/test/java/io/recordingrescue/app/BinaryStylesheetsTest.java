package io.recordingrescue.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.StyleConverter;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * Every stylesheet ships as binary CSS made from its text in the same build: JavaFX loads {@code
 * name.bss} instead of {@code name.css} when it finds one beside it, so a stale {@code .bss} would
 * silently win over an edited {@code .css}. The rules of each {@code .bss} on the class path must
 * be those JavaFX parses from the {@code .css} beside it; for AtlantaFX's Primer, whose jar ships
 * both, the same holds for the pair {@link Themes} names.
 */
class BinaryStylesheetsTest {
  private static final Path RESOURCES = Path.of("src/main/resources");

  @Test
  void eachOfTheAppsStylesheetsHasABinaryTwinWithTheSameRules() throws IOException {
    List<String> sources;
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      sources =
          files
              .filter(file -> file.toString().endsWith(".css"))
              .map(file -> RESOURCES.relativize(file).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertThat(sources)
        .contains("io/recordingrescue/ui/app.css", "io/recordingrescue/ui/signin/signin.css");
    for (String css : sources) {
      URL text = resource(css);
      URL binary = resource(css.replaceFirst("\\.css$", ".bss"));
      assertThat(binary).as("%s is built to .bss (pom.xml, binary-css-*)", css).isNotNull();
      assertSameRules(binary, text);
    }
  }

  @Test
  void themesNamesAtlantaFxsBinaryPrimerWhoseRulesAreThoseOfItsText() throws IOException {
    for (boolean dark : new boolean[] {false, true}) {
      String stylesheet = Themes.primerStylesheet(dark);
      assertThat(stylesheet).endsWith(dark ? "primer-dark.bss" : "primer-light.bss");
      URL binary = resource(stylesheet.substring(1));
      URL text = resource(stylesheet.substring(1).replaceFirst("\\.bss$", ".css"));
      assertThat(binary).as(stylesheet).isNotNull();
      assertThat(text).isNotNull();
      assertSameRules(binary, text);
    }
  }

  @Test
  void aBinaryStylesheetFromOtherTextDiffers() throws IOException {
    // The comparison can fail: app.bss against signin.css.
    Stylesheet app = Stylesheet.loadBinary(resource("io/recordingrescue/ui/app.bss"));
    Stylesheet signIn = new CssParser().parse(resource("io/recordingrescue/ui/signin/signin.css"));
    assertThat(rules(app, null)).isNotEqualTo(rules(signIn, null));
  }

  private static void assertSameRules(URL binary, URL text) throws IOException {
    Stylesheet loaded = Stylesheet.loadBinary(binary);
    assertThat(loaded).as("%s loads", binary).isNotNull();
    Stylesheet parsed = new CssParser().parse(text);
    List<String> expected = rules(parsed, text);
    assertThat(expected).isNotEmpty();
    assertThat(rules(loaded, binary)).as("%s against %s", binary, text).isEqualTo(expected);
    assertThat(loaded.getFontFaces()).hasSameSizeAs(parsed.getFontFaces());
  }

  /**
   * Each rule's selectors and declarations (property, value, !important), in order. A {@code url()}
   * carries the address of the stylesheet it is resolved against (the .css or the .bss): that one
   * reads the same for both.
   */
  private static List<String> rules(Stylesheet stylesheet, URL self) {
    return stylesheet.getRules().stream()
        .map(BinaryStylesheetsTest::describe)
        .map(rule -> self == null ? rule : rule.replace(self.toExternalForm(), "<this stylesheet>"))
        .toList();
  }

  private static String describe(Rule rule) {
    StringBuilder text = new StringBuilder(rule.getSelectors().toString()).append(" {");
    rule.getDeclarations()
        .forEach(
            declaration ->
                text.append(declaration.getProperty())
                    .append(": ")
                    .append(value(declaration.getParsedValue()))
                    .append(declaration.isImportant() ? " !important" : "")
                    .append("; "));
    return text.append('}').toString();
  }

  /**
   * A parsed value as a tree: nested values and arrays element by element, converters by class
   * (some have no {@code toString} and print their identity; arrays print theirs too).
   */
  private static String value(Object value) {
    if (value instanceof ParsedValue<?, ?> parsed) {
      StyleConverter<?, ?> converter = parsed.getConverter();
      return (parsed.isContainsLookups() ? "lookup " : "")
          + value(parsed.getValue())
          + (converter == null ? "" : " as " + converter.getClass().getSimpleName());
    }
    if (value instanceof Object[] array) {
      return Arrays.stream(array)
          .map(BinaryStylesheetsTest::value)
          .collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }

  private static URL resource(String path) {
    return BinaryStylesheetsTest.class.getClassLoader().getResource(path);
  }
}
