package io.recordingrescue.ui.jobs;

import io.recordingrescue.restore.AuditExport;
import io.recordingrescue.restore.RestoreReport;

/** The two audit files a job exports for a ticket. */
public enum AuditFormat {
  CSV("csv"),
  JSON("json");

  private final String extension;

  AuditFormat(String extension) {
    this.extension = extension;
  }

  /** Without the dot. */
  public String extension() {
    return extension;
  }

  String render(AuditExport export, RestoreReport report) {
    return this == CSV ? export.csv(report) : export.json(report);
  }
}
