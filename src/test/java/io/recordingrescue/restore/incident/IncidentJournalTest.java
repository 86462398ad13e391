package io.recordingrescue.restore.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recordingrescue.restore.JobState;
import io.recordingrescue.restore.JournalException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incident journal reads and writes through the job journal's file format. */
class IncidentJournalTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void aCutOffLineIsNamedTheIncidentStaysUnfinishedAndAResumeAppendsAfterIt() throws IOException {
    IncidentJournal journal = new IncidentJournal(dir, CLOCK);
    String id = IncidentJournal.newId("20260301-100000-abc");
    Files.createDirectories(journal.dir());
    Files.writeString(
        journal.fileOf(id),
        "{\"type\":\"incident\",\"at\":\"2026-03-01T09:00:00Z\",\"operator\":\"admin@x.com\","
            + "\"owners\":[{\"owner\":\"ann@x.com\",\"count\":2}],\"excluded\":[]}\n"
            + "{\"type\":\"started\",\"at\":\"2026-03-01T09:00:01Z\",\"owner\":\"ann@x.com\","
            + "\"jobId\":\"job-1\"}\n"
            + "{\"type\":\"done\",\"at\":\"2026-03-01T09:");

    IncidentRecord cut = journal.replay(id);

    assertThat(cut.owners()).containsExactly("ann@x.com");
    assertThat(cut.started()).containsEntry("ann@x.com", "job-1");
    assertThat(cut.done()).isEmpty();
    assertThat(cut.state()).isEqualTo(JobState.INTERRUPTED);
    assertThat(cut.warnings()).singleElement().asString().contains("line 3").contains("cut off");
    assertThat(journal.unfinished()).extracting(IncidentRecord::incidentId).containsExactly(id);

    try (IncidentJournal.Writer writer = journal.append(id)) {
      writer.end();
    }
    IncidentRecord ended = journal.replay(id);
    assertThat(ended.ended()).isTrue();
    assertThat(ended.endedAt()).isEqualTo(CLOCK.instant());
    assertThat(ended.warnings()).singleElement().asString().contains("Line 3").contains("skipped");
    assertThat(journal.unfinished()).isEmpty();
  }

  @Test
  void onlyIncidentFilesAreListedAndAJournalWithoutOwnerListIsRefused() throws IOException {
    IncidentJournal journal = new IncidentJournal(dir, CLOCK);
    Files.createDirectories(journal.dir());
    Files.writeString(journal.dir().resolve("20260301-job.jsonl"), "{\"type\":\"job\"}\n");
    String id = IncidentJournal.newId("20260301-100000-abc");
    Files.writeString(journal.fileOf(id), "{\"type\":\"started\",\"at\":\"x\"}\n");

    assertThat(journal.ids()).containsExactly(id);
    assertThatThrownBy(() -> journal.replay(id))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("does not start with its owner list");
    assertThat(journal.unfinished()).isEmpty();
    assertThatThrownBy(() -> journal.replay("incident-nope"))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining("There is no incident incident-nope");
  }
}
