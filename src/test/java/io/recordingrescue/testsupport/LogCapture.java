package io.recordingrescue.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Every log record of a logger (by default the app's) from a level up, formatted as a console would
 * print it.
 */
public final class LogCapture implements AutoCloseable {
  private final Logger appLogger;
  private final Level previousLevel;
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

  /** Every record of the app's loggers. */
  public LogCapture() {
    this("io.recordingrescue", Level.ALL);
  }

  /** The records of {@code loggerName} and its children at {@code level} and above. */
  public LogCapture(String loggerName, Level level) {
    appLogger = Logger.getLogger(loggerName);
    previousLevel = appLogger.getLevel();
    appLogger.setLevel(level);
    handler.setLevel(Level.ALL);
    appLogger.addHandler(handler);
  }

  public String text() {
    return String.join("", lines);
  }

  @Override
  public void close() {
    appLogger.removeHandler(handler);
    appLogger.setLevel(previousLevel);
  }
}
