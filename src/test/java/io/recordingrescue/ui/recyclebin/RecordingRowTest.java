package io.recordingrescue.ui.recyclebin;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordingrescue.webex.Recording;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A row keeps its recording as numbers and one string, and gives back exactly what it was given.
 */
class RecordingRowTest {
  private static final Instant CREATED = Instant.parse("2026-11-20T09:15:30.123456789Z");
  private static final Instant RECORDED = Instant.parse("2026-11-20T08:59:02Z");

  private static Recording full() {
    return recording(
        "Y2lzY29zcGFyazovL3VzL1JFQ09SRElORy8x",
        "Quarterly review — Zürich 東京",
        CREATED,
        new Recording.ServiceData("loc-1", "call-1"));
  }

  /** A recording with every other value set. */
  private static Recording recording(
      String id, String topic, Instant created, Recording.ServiceData data) {
    return new Recording(
        id,
        topic,
        created,
        RECORDED,
        "MP3",
        "calling",
        961,
        15_376_000,
        "deleted",
        "owner-1",
        "ada@example.com",
        "user",
        "US",
        data);
  }

  @Test
  void givesBackTheSameRecordingWithEveryValue() {
    Recording r = full();
    RecordingRow row = new RecordingRow(r, CREATED);

    assertThat(row.recording()).isEqualTo(r);
    assertThat(row.id()).isEqualTo(r.id());
    assertThat(row.topic()).isEqualTo(r.topic());
    assertThat(row.createTime()).isEqualTo(CREATED); // to the nanosecond
    assertThat(row.firstSeenDeleted()).isSameAs(CREATED);
    assertThat(row.sizeBytes()).isEqualTo(15_376_000);
    assertThat(row.durationSeconds()).isEqualTo(961);
  }

  @Test
  void keepsLeftOutValuesApartFromEmptyOnes() {
    Recording none =
        new Recording(null, null, null, null, null, null, 0, 0, null, null, null, null, null, null);
    Recording empty =
        new Recording(
            "",
            "",
            CREATED,
            RECORDED,
            "",
            "",
            0,
            0,
            "",
            "",
            "",
            "",
            "",
            new Recording.ServiceData(null, ""));

    assertThat(new RecordingRow(none, null).recording()).isEqualTo(none);
    assertThat(new RecordingRow(empty, null).recording()).isEqualTo(empty);
    assertThat(new RecordingRow(none, null).id()).isNull();
    assertThat(new RecordingRow(none, null).ownerEmail()).isEmpty();
  }

  @Test
  void eachLeftOutPartOfTheTextIsLeftOutOnItsOwn() {
    Recording noTopic = recording("id-1", null, CREATED, new Recording.ServiceData("loc-1", null));
    Recording noId = recording(null, "Topic", CREATED, null);

    assertThat(new RecordingRow(noTopic, null).recording()).isEqualTo(noTopic);
    assertThat(new RecordingRow(noId, null).recording()).isEqualTo(noId);
  }

  @Test
  void rowsOfOneScanShareTheirRepeatingStrings() {
    RowFactory factory = new RowFactory();
    Recording one = full();
    Recording other = copyStrings(one); // equal strings, each its own copy, as Jackson makes

    RecordingRow a = factory.row(one, null);
    RecordingRow b = factory.row(other, null);

    assertThat(b.ownerEmail()).isSameAs(a.ownerEmail());
    assertThat(b.format()).isSameAs(a.format());
    assertThat(b.recording()).isEqualTo(one);
  }

  /** The same recording with every string its own copy. */
  private static Recording copyStrings(Recording r) {
    return new Recording(
        copy(r.id()),
        copy(r.topic()),
        r.createTime(),
        r.timeRecorded(),
        copy(r.format()),
        copy(r.serviceType()),
        r.durationSeconds(),
        r.sizeBytes(),
        copy(r.status()),
        copy(r.ownerId()),
        copy(r.ownerEmail()),
        copy(r.ownerType()),
        copy(r.storageRegion()),
        new Recording.ServiceData(
            copy(r.serviceData().locationId()), copy(r.serviceData().callSessionId())));
  }

  private static String copy(String s) {
    return new String(s.toCharArray());
  }

  @Test
  void ordersByCreationTimeUnknownFirstAndToTheNanosecond() {
    RecordingRow unknown = row(null);
    RecordingRow early = row(CREATED);
    RecordingRow oneNanoLater = row(CREATED.plusNanos(1));
    RecordingRow aSecondLater = row(CREATED.plusSeconds(1));
    List<RecordingRow> rows = new ArrayList<>(List.of(aSecondLater, oneNanoLater, unknown, early));

    rows.sort(RecordingRow::compareCreateTime);

    assertThat(rows).containsExactly(unknown, early, oneNanoLater, aSecondLater);
    assertThat(RecordingRow.compareCreateTime(unknown, row(null))).isZero();
  }

  @Test
  void searchesTopicOwnerAndIdButNotTheCallSession() {
    RecordingRow row = new RecordingRow(full(), null);

    assertThat(row.searchKey())
        .isEqualTo(
            "quarterly review — zürich 東京\nada@example.com\ny2lzy29zcgfyazovl3vzl1jfq09srelory8x");
    assertThat(row.matches("zürich ADA")).isTrue();
    assertThat(row.matches("call-1")).isFalse();
  }

  private static RecordingRow row(Instant created) {
    return new RecordingRow(recording("id-1", "Topic", created, null), null);
  }
}
