package io.recordingrescue.webex;

import java.io.IOException;
import java.lang.System.Logger.Level;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Logs method, path, status and time of each call; never headers or bodies (tokens live there). */
final class RedactingLogInterceptor implements Interceptor {
  private static final System.Logger LOG = System.getLogger(WebexClient.class.getName());

  @Override
  public Response intercept(Chain chain) throws IOException {
    long start = System.nanoTime();
    String what = chain.request().method() + " " + chain.request().url().encodedPath();
    try {
      Response response = chain.proceed(chain.request());
      LOG.log(
          Level.DEBUG,
          () ->
              what
                  + " -> "
                  + response.code()
                  + " in "
                  + (System.nanoTime() - start) / 1_000_000
                  + " ms"
                  + tracking(response));
      return response;
    } catch (IOException e) {
      LOG.log(Level.DEBUG, () -> what + " failed: " + e.getClass().getSimpleName());
      throw e;
    }
  }

  private static String tracking(Response response) {
    String id = response.header("TrackingID");
    return id == null ? "" : " trackingId " + id;
  }
}
