package io.recordingrescue.restore;

import io.recordingrescue.webex.Sleeper;
import java.time.Clock;

/** What every part of a run shares: the way to Webex, time, tuning and the counters. */
record EngineParts(
    RestoreGateway gateway,
    Verifier verifier,
    Clock clock,
    Sleeper sleeper,
    RestoreEngine.Options options,
    EngineStats stats) {}
