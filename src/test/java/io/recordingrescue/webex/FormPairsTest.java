package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormPairsTest {
  @Test
  void decodesPercentAndPlusAsAFormDoes() {
    assertThat(
            FormPairs.decode(
                "code=a%2Fb&redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fcb&state=two+words"))
        .isEqualTo(
            Map.of(
                "code", "a/b", "redirect_uri", "http://127.0.0.1:8080/cb", "state", "two words"));
  }

  @Test
  void theFirstOfARepeatedNameWinsAndANameAloneIsEmpty() {
    assertThat(FormPairs.decode("state=first&state=second&error"))
        .isEqualTo(Map.of("state", "first", "error", ""));
  }

  @Test
  void nothingGivenIsNoPairs() {
    assertThat(FormPairs.decode(null)).isEmpty();
    assertThat(FormPairs.decode("")).isEmpty();
  }

  @Test
  void aBrokenEscapeIsKeptAsItStandsInsteadOfFailing() {
    assertThat(FormPairs.decode("code=100%zz")).containsEntry("code", "100%zz");
  }
}
