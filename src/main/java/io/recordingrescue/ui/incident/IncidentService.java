package io.recordingrescue.ui.incident;

import io.recordingrescue.restore.incident.IncidentPlan;
import io.recordingrescue.restore.incident.IncidentProgress;
import io.recordingrescue.restore.incident.IncidentReport;
import java.util.function.BooleanSupplier;

/**
 * Runs incidents for the window (blocking; called off the FX thread): the app passes the engine's
 * {@link io.recordingrescue.restore.incident.IncidentRunner}, tests a fake.
 */
public interface IncidentService {
  IncidentReport start(
      IncidentPlan plan, IncidentProgress.Listener progress, BooleanSupplier cancelled);

  IncidentReport resume(
      String incidentId, IncidentProgress.Listener progress, BooleanSupplier cancelled);
}
