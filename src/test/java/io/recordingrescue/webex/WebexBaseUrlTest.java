package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebexBaseUrlTest {
  @Test
  void httpsIsAlwaysAccepted() {
    assertThat(WebexBaseUrl.parse("https://webexapis.com/v1/").toString())
        .isEqualTo("https://webexapis.com/v1");
  }

  @Test
  void plainHttpOnlyForLoopback() {
    assertThat(WebexBaseUrl.parse("http://127.0.0.1:8080/v1").host()).isEqualTo("127.0.0.1");
    assertThat(WebexBaseUrl.parse("http://localhost:8080/v1").host()).isEqualTo("localhost");
    assertThatThrownBy(() -> WebexBaseUrl.parse("http://webexapis.com/v1"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("must use https");
    assertThatThrownBy(() -> WebexBaseUrl.parse("http://10.0.0.5/v1"))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void notAUrl() {
    assertThatThrownBy(() -> WebexBaseUrl.parse("ftp://x"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("not an http(s) URL");
  }
}
