package io.recordingrescue.webex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @ParameterizedTest
  @ValueSource(strings = {"a@b.co", " Ann.Lee+rec@Example.com ", "jürgen@exämple.de"})
  void acceptsPlausibleAddressesNormalised(String input) {
    EmailAddress email = EmailAddress.parse(input);
    assertThat(email.value()).isEqualTo(email.value().strip().toLowerCase(java.util.Locale.ROOT));
    assertThat(EmailAddress.isValid(input)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "ann", "ann@", "@example.com", "ann@example", "a b@c.com", "a@@b.com"})
  void refusesMalformedAddressesWithAClearMessage(String input) {
    assertThat(EmailAddress.isValid(input)).isFalse();
    assertThatThrownBy(() -> EmailAddress.parse(input))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("is not a valid e-mail address");
  }
}
