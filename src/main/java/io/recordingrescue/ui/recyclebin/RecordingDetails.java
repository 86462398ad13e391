package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.Formats;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.webex.Recording;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Every field Webex gave for the one selected recording (ids, owner, service data, times, size,
 * format…) and the purge estimate, as label and text, for the details pane. Fields come in three
 * groups the pane shows side by side: the recording, its owner and service, its times and storage.
 * UI thread only.
 */
public final class RecordingDetails {
  /** One labelled value; ids are marked so that the pane offers to copy them. */
  public static final class Field {
    private final String name;
    private final String label;
    private final boolean id;
    private final Function<RecordingRow, String> value;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper given = new ReadOnlyBooleanWrapper();

    private Field(String name, String label, boolean id, Function<RecordingRow, String> value) {
      this.name = name;
      this.label = label;
      this.id = id;
      this.value = value;
    }

    /** The field's name in the API (or in this app, for the estimate): a stable id for the view. */
    public String name() {
      return name;
    }

    public String label() {
      return label;
    }

    /** True for an id the operator may want to copy into a ticket or a search. */
    public boolean isId() {
      return id;
    }

    public String text() {
      return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
      return text.getReadOnlyProperty();
    }

    /** True while a recording is shown and Webex gave this field a value (what a copy copies). */
    public ReadOnlyBooleanProperty givenProperty() {
      return given.getReadOnlyProperty();
    }
  }

  private final Messages m;
  private final Formats formats;
  private final Clock clock;
  private final List<List<Field>> groups;
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
  private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
  private RecordingRow shown;

  RecordingDetails(Messages messages, Formats formats, Clock clock) {
    this.m = messages;
    this.formats = formats;
    this.clock = clock;
    this.groups =
        List.of(
            List.of(
                field("topic", "details.topic", false, r -> r.recording().topic()),
                field("id", "details.id", true, r -> r.recording().id()),
                field("status", "details.status", false, r -> r.recording().status()),
                field("format", "details.format", false, r -> r.recording().format()),
                field("sizeBytes", "details.size", false, this::size),
                field("durationSeconds", "details.duration", false, this::duration)),
            List.of(
                field("ownerEmail", "details.ownerEmail", false, r -> r.recording().ownerEmail()),
                field("ownerId", "details.ownerId", true, r -> r.recording().ownerId()),
                field("ownerType", "details.ownerType", false, r -> r.recording().ownerType()),
                field(
                    "serviceType", "details.serviceType", false, r -> r.recording().serviceType()),
                field("locationId", "details.locationId", true, r -> serviceData(r).locationId()),
                field(
                    "callSessionId",
                    "details.callSessionId",
                    true,
                    r -> serviceData(r).callSessionId())),
            List.of(
                field(
                    "createTime", "details.created", false, r -> time(r.recording().createTime())),
                field(
                    "timeRecorded",
                    "details.recorded",
                    false,
                    r -> time(r.recording().timeRecorded())),
                field("storageRegion", "details.region", false, r -> r.recording().storageRegion()),
                field("daysLeft", "details.daysLeft", false, this::daysLeft),
                field("firstSeen", "details.firstSeen", false, r -> time(r.firstSeenDeleted()))));
    show(List.of());
  }

  /** Shows the selected recording when exactly one is selected; else shows none and says why. */
  void show(List<RecordingRow> selection) {
    shown = selection.size() == 1 ? selection.get(0) : null;
    for (Field f : fields()) {
      String value = shown == null ? null : f.value.apply(shown);
      f.given.set(value != null && !value.isEmpty());
      f.text.set(shown == null ? "" : orAbsent(value));
    }
    showing.set(shown != null);
    if (shown != null) {
      title.set(m.format("details.one", orAbsent(shown.recording().topic())));
    } else if (selection.isEmpty()) {
      title.set(m.get("details.none"));
    } else {
      title.set(m.format("details.many", selection.size()));
    }
  }

  /** The fields in three groups, each in reading order. */
  public List<List<Field>> groups() {
    return groups;
  }

  /** Every field, group after group. */
  public List<Field> fields() {
    List<Field> all = new ArrayList<>();
    groups.forEach(all::addAll);
    return all;
  }

  /** The field of that API name. */
  public Field field(String name) {
    return fields().stream().filter(f -> f.name.equals(name)).findFirst().orElseThrow();
  }

  /** The recording shown, or null. */
  public RecordingRow shown() {
    return shown;
  }

  /** "Details · topic", or what to select to see some. */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** True while one recording is shown. */
  public ReadOnlyBooleanProperty showingProperty() {
    return showing.getReadOnlyProperty();
  }

  private Field field(
      String name, String labelKey, boolean id, Function<RecordingRow, String> value) {
    return new Field(name, m.get(labelKey), id, value);
  }

  private String size(RecordingRow r) {
    long bytes = r.recording().sizeBytes();
    return m.format("details.sizeValue", Formats.size(bytes, m.locale()), bytes);
  }

  private String duration(RecordingRow r) {
    long seconds = r.recording().durationSeconds();
    return m.format("details.durationValue", Formats.duration(seconds), seconds);
  }

  private String daysLeft(RecordingRow r) {
    return Formats.daysLeftText(Formats.daysLeftAtMost(r.firstSeenDeleted(), clock.instant()));
  }

  /** Local time to the second, with its offset from UTC. */
  private String time(Instant instant) {
    return instant == null ? null : formats.exactTime(instant);
  }

  private static Recording.ServiceData serviceData(RecordingRow r) {
    Recording.ServiceData data = r.recording().serviceData();
    return data == null ? new Recording.ServiceData(null, null) : data;
  }

  private String orAbsent(String value) {
    return value == null || value.isEmpty() ? m.get("details.absent") : value;
  }
}
