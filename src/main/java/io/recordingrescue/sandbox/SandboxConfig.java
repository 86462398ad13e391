package io.recordingrescue.sandbox;

import io.recordingrescue.sandbox.api.DetailsReading;
import io.recordingrescue.sandbox.faults.FaultPlan;
import java.time.Clock;

/**
 * How to seed and run a sandbox. Start from {@link #defaults()} or {@link #builder()}.
 *
 * @param seed makes the data set reproducible: same seed, clock and counts give the same data
 * @param recordCount how many recordings to generate
 * @param ownerCount how many owners share them (the user token's owner is always one of them)
 * @param clock "now" for generated dates, default list windows and token expiry
 * @param deletedFraction share of recordings that start in the recycle bin (0..1)
 * @param unknownEnums put values the OpenAPI enums do not know (format "WAV", ownerType "hotDesk")
 *     on a few recordings, for tolerance tests
 * @param faults the fault plan to start with
 * @param port port to bind on 127.0.0.1; 0 picks a free one
 * @param detailsReading how the details endpoint treats recordings in the bin and others'
 * @param rateLimitClock whose seconds the per-token rate limit counts in (the system's by default;
 *     a test shares its fake clock with the client so that pacing is checked without real waits)
 */
public record SandboxConfig(
    long seed,
    int recordCount,
    int ownerCount,
    Clock clock,
    double deletedFraction,
    boolean unknownEnums,
    FaultPlan faults,
    int port,
    DetailsReading detailsReading,
    Clock rateLimitClock) {

  public SandboxConfig {
    if (recordCount < 0) {
      throw new IllegalArgumentException("recordCount must not be negative");
    }
    if (ownerCount < 1) {
      throw new IllegalArgumentException("ownerCount must be at least 1");
    }
    if (deletedFraction < 0.0 || deletedFraction > 1.0) {
      throw new IllegalArgumentException("deletedFraction must be between 0 and 1");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535");
    }
    clock = clock == null ? Clock.systemUTC() : clock;
    faults = faults == null ? FaultPlan.none() : faults;
    detailsReading = detailsReading == null ? DetailsReading.RETURNS_BIN_ITEMS : detailsReading;
    rateLimitClock = rateLimitClock == null ? Clock.systemUTC() : rateLimitClock;
  }

  /** 600 recordings, 12 owners, 80 % deleted, system clock, no faults, any free port. */
  public static SandboxConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .seed(seed)
        .recordCount(recordCount)
        .ownerCount(ownerCount)
        .clock(clock)
        .deletedFraction(deletedFraction)
        .unknownEnums(unknownEnums)
        .faults(faults)
        .port(port)
        .detailsReading(detailsReading)
        .rateLimitClock(rateLimitClock);
  }

  public SandboxConfig withFaults(FaultPlan newFaults) {
    return toBuilder().faults(newFaults).build();
  }

  public SandboxConfig withRecordCount(int newRecordCount) {
    return toBuilder().recordCount(newRecordCount).build();
  }

  public SandboxConfig withSeed(long newSeed) {
    return toBuilder().seed(newSeed).build();
  }

  public SandboxConfig withClock(Clock newClock) {
    return toBuilder().clock(newClock).build();
  }

  /** Builder with the defaults of {@link #defaults()}. */
  public static final class Builder {
    private long seed = 42L;
    private int recordCount = 600;
    private int ownerCount = 12;
    private Clock clock = Clock.systemUTC();
    private double deletedFraction = 0.8;
    private boolean unknownEnums;
    private FaultPlan faults = FaultPlan.none();
    private int port;
    private DetailsReading detailsReading = DetailsReading.RETURNS_BIN_ITEMS;
    private Clock rateLimitClock = Clock.systemUTC();

    private Builder() {}

    public Builder rateLimitClock(Clock value) {
      this.rateLimitClock = value;
      return this;
    }

    public Builder detailsReading(DetailsReading value) {
      this.detailsReading = value;
      return this;
    }

    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    public Builder recordCount(int value) {
      this.recordCount = value;
      return this;
    }

    public Builder ownerCount(int value) {
      this.ownerCount = value;
      return this;
    }

    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    public Builder deletedFraction(double value) {
      this.deletedFraction = value;
      return this;
    }

    public Builder unknownEnums(boolean value) {
      this.unknownEnums = value;
      return this;
    }

    public Builder faults(FaultPlan value) {
      this.faults = value;
      return this;
    }

    public Builder port(int value) {
      this.port = value;
      return this;
    }

    public SandboxConfig build() {
      return new SandboxConfig(
          seed,
          recordCount,
          ownerCount,
          clock,
          deletedFraction,
          unknownEnums,
          faults,
          port,
          detailsReading,
          rateLimitClock);
    }
  }
}
