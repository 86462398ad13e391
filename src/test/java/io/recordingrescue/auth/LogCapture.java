package io.recordingrescue.auth;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Every log record of the app's loggers, formatted as a console would print it. */
final class LogCapture implements AutoCloseable {
  private final Logger appLogger = Logger.getLogger("io.recordingrescue");
  private final Level previousLevel = appLogger.getLevel();
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
          lines.add(formatter.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  LogCapture() {
    appLogger.setLevel(Level.ALL);
    handler.setLevel(Level.ALL);
    appLogger.addHandler(handler);
  }

  String text() {
    return String.join("", lines);
  }

  @Override
  public void close() {
    appLogger.removeHandler(handler);
    appLogger.setLevel(previousLevel);
  }
}
