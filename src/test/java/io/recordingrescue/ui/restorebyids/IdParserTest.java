package io.recordingrescue.ui.restorebyids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdParserTest {
  @Test
  void oneIdPerLineTrimmedWithoutBlanks() {
    IdParser.Parsed p = IdParser.parse("  a1 \n\n b2\r\n\t c3  \n");
    assertThat(p.ids()).containsExactly("a1", "b2", "c3");
    assertThat(p.duplicates()).isZero();
  }

  @Test
  void commasAndSemicolonsSeparateToo() {
    assertThat(IdParser.parse("a1, b2;c3 ,, d4").ids()).containsExactly("a1", "b2", "c3", "d4");
  }

  @Test
  void duplicatesAreDroppedAndCountedKeepingFirstOrder() {
    IdParser.Parsed p = IdParser.parse("b\na\nb\n\"a\"\nc");
    assertThat(p.ids()).containsExactly("b", "a", "c");
    assertThat(p.duplicates()).isEqualTo(2);
  }

  @Test
  void csvWithAnIdColumnTakesOnlyThatColumn() {
    String csv =
        "topic,Recording ID,owner\n"
            + "\"Weekly, sync\",r-1,a@x.com\n"
            + "Call,r-2,b@x.com\n"
            + "\n"
            + "Other,\"r-3\",c@x.com\n";
    assertThat(IdParser.parse(csv).ids()).containsExactly("r-1", "r-2", "r-3");
  }

  @Test
  void emptyOrNullGivesNothing() {
    assertThat(IdParser.parse("").ids()).isEmpty();
    assertThat(IdParser.parse(null).ids()).isEmpty();
    assertThat(IdParser.parse(" \n , ").ids()).isEmpty();
  }
}
