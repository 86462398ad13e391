package io.recordingrescue.settings;

import java.util.Objects;

/**
 * An effective value and where it came from: an option ({@code --api-base}), an environment
 * variable or system property, a settings file (its path), or {@value #DEFAULT}.
 */
public record Sourced<T>(T value, String source) {
  public static final String DEFAULT = "default";

  public Sourced {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }

  public static <T> Sourced<T> byDefault(T value) {
    return new Sourced<>(value, DEFAULT);
  }
}
