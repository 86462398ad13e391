package io.recordingrescue.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CancellationTokenTest {
  @Test
  void followsAnOutsideFlagAndItsOwnCancel() {
    AtomicBoolean flag = new AtomicBoolean();
    CancellationToken token = CancellationToken.of(flag::get);
    assertThat(token.isCancelled()).isFalse();
    flag.set(true);
    assertThat(token.isCancelled()).isTrue();

    CancellationToken plain = new CancellationToken();
    plain.cancel();
    assertThat(plain.isCancelled()).isTrue();
  }
}
