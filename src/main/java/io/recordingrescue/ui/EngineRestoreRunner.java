package io.recordingrescue.ui;

import io.recordingrescue.restore.CancellationToken;
import io.recordingrescue.restore.ProgressEvent;
import io.recordingrescue.restore.RestoreEngine;
import io.recordingrescue.restore.RestorePlan;
import io.recordingrescue.restore.RestorePlanner;
import io.recordingrescue.restore.RestoreReport;
import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.webex.ListScope;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The window's jobs on the {@link RestoreEngine}: plans the target, passes the window's cancel flag
 * as a {@link CancellationToken} and its progress callback as the engine's listener. The operator
 * (the signed-in e-mail) is asked for at each job, so a new sign-in is journalled as such.
 */
public final class EngineRestoreRunner implements RestoreRunner {
  private final RestoreEngine engine;
  private final RestorePlanner planner;
  private final ListScope binScope;
  private final Supplier<String> operator;

  /**
   * @param binScope the bin that holds ids of jobs by ids: {@link ListScope#org()} for an admin,
   *     {@link ListScope#mine()} for a user
   */
  public EngineRestoreRunner(
      RestoreEngine engine, RestorePlanner planner, ListScope binScope, Supplier<String> operator) {
    this.engine = engine;
    this.planner = planner;
    this.binScope = binScope;
    this.operator = operator;
  }

  @Override
  public RestoreReport run(
      RestoreTarget target, Consumer<ProgressEvent> progress, BooleanSupplier cancelled) {
    RestorePlan plan = planner.plan(target);
    return engine.run(
        plan, operator.get(), binScope, progress::accept, CancellationToken.of(cancelled));
  }

  @Override
  public RestoreReport resume(
      String jobId, Consumer<ProgressEvent> progress, BooleanSupplier cancelled) {
    return engine.resume(jobId, progress::accept, CancellationToken.of(cancelled));
  }
}
