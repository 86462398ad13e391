package io.recordingrescue.webex;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds {@code Authorization: Bearer} from the token source to every call. */
final class BearerTokenInterceptor implements Interceptor {
  private final AccessTokenSource tokens;

  BearerTokenInterceptor(AccessTokenSource tokens) {
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(
        chain
            .request()
            .newBuilder()
            .header("Authorization", "Bearer " + tokens.currentToken())
            .build());
  }
}
