package io.recordingrescue.ui.recyclebin;

import static io.recordingrescue.ui.recyclebin.RecordingRow.orEmpty;

import io.recordingrescue.ui.BinSource;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.Formats;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.UserContext;
import io.recordingrescue.ui.jobs.JobsState;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;

/**
 * The recycle-bin screen: loads the bin page by page, filters it as the operator types, keeps the
 * selection across refreshes and starts restores. Everything here runs on the UI thread except the
 * body of the scan job.
 *
 * <p>The screen's own state is here: the search and quick filters, whose bin a refresh lists, the
 * status line. The rows and the selection are the shared {@link BinState}; the classes with
 * behaviour are {@link BinLoader} (scans), {@link LoadedBin} (rows and filtering), {@link
 * RecordingDetails} (the selected recording's fields) and {@link BinRestorer}.
 */
public final class RecycleBinViewModel {
  /** Quick-filter value meaning "any". */
  public static final String ANY = "";

  private final Messages messages;
  private final UserContext user;
  private final BinState state;
  private final LoadedBin loaded;
  private final BinLoader loader;
  private final BinRestorer restorer;
  private final RecordingDetails details;

  // What the filter bar edits.
  private final StringProperty search = new SimpleStringProperty("");
  private final ObjectProperty<String> ownerType = new SimpleObjectProperty<>(ANY);
  private final ObjectProperty<String> serviceType = new SimpleObjectProperty<>(ANY);
  private final ObjectProperty<LocalDate> createdFrom = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> createdTo = new SimpleObjectProperty<>();

  // Whose bin a refresh lists: an admin picks the whole org or one owner, a user gets their own.
  private final BooleanProperty wholeOrg = new SimpleBooleanProperty();
  private final StringProperty scopeOwner = new SimpleStringProperty("");

  // The status bar: the rows counted, the selection named when there is one.
  private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
  private final ReadOnlyIntegerWrapper selectedCount = new ReadOnlyIntegerWrapper();
  private final ReadOnlyLongWrapper selectedBytes = new ReadOnlyLongWrapper();

  /**
   * @param state the loaded bin this screen fills and selects in, shared with the other screens
   */
  public RecycleBinViewModel(
      BinState state,
      BinSource bin,
      UiExecutor ui,
      DialogService dialogs,
      JobsState jobs,
      Messages messages,
      FirstSeenLedger ledger,
      UserContext user) {
    this.messages = messages;
    this.user = user;
    this.state = state;
    this.loaded = state.loaded();
    this.loader = new BinLoader(bin, ui, messages, ledger, state, this::updateStatus);
    this.restorer = new BinRestorer(dialogs, jobs, messages);
    this.details = new RecordingDetails(messages, state.formats(), state.clock());
    wholeOrg.set(user.admin());
    ChangeListener<Object> refilter = (obs, was, now) -> refilter();
    search.addListener(refilter);
    ownerType.addListener(refilter);
    serviceType.addListener(refilter);
    createdFrom.addListener(refilter);
    createdTo.addListener(refilter);
    state.onSelectionChange(this::selectionShown);
    updateStatus();
  }

  // ---- commands -------------------------------------------------------------------------------

  /**
   * Lists the bin of the chosen scope again. Rows stream in page by page; ids selected before that
   * are still in the bin are selected again when the scan ends.
   */
  public void refresh() {
    ListScope scope = scope();
    if (scope == null) {
      loader.refuse(messages.format("scope.invalidOwner", scopeOwner.get()));
      return;
    }
    loader.cancel();
    Set<String> wanted =
        state.selection().stream().map(RecordingRow::id).collect(Collectors.toSet());
    loaded.clear();
    selectionChanged(List.of());
    loader.start(scope, wanted);
  }

  /** Stops the running scan; rows already loaded stay. */
  public void cancelLoad() {
    loader.cancel();
  }

  /** The view reports the table's selection here (UI thread). */
  public void selectionChanged(List<RecordingRow> selected) {
    state.select(selected);
  }

  /** Asks for confirmation naming count, size and owners, then starts the restore job. */
  public void restoreSelected() {
    if (state.selection().isEmpty()) {
      restorer.nothingSelected();
      return;
    }
    restoreRows(state.selection());
  }

  /** Restores these rows (of the loaded bin) after a confirmation. */
  public void restoreRows(Collection<RecordingRow> toRestore) {
    restorer.restore(toRestore);
  }

  /** Ids, one per line, for the clipboard. */
  public static String idsText(List<RecordingRow> selected) {
    return selected.stream().map(RecordingRow::id).collect(Collectors.joining("\n"));
  }

  /** Tab-separated rows with a header line, for a spreadsheet or a ticket. */
  public String rowsText(List<RecordingRow> selected) {
    Formats formats = state.formats();
    StringBuilder sb =
        new StringBuilder(
            "id\ttopic\townerEmail\townerType\tcreated\tduration\tsize\tserviceType\tformat"
                + "\tstorageRegion\n");
    for (RecordingRow row : selected) {
      Recording r = row.recording();
      sb.append(
              String.join(
                  "\t",
                  orEmpty(r.id()),
                  // A tab or line break in a topic would shift the columns of the spreadsheet.
                  orEmpty(r.topic()).replaceAll("[\\t\\r\\n]", " "),
                  orEmpty(r.ownerEmail()),
                  orEmpty(r.ownerType()),
                  formats.dateTime(r.createTime()),
                  Formats.duration(r.durationSeconds()),
                  formats.size(r.sizeBytes()),
                  orEmpty(r.serviceType()),
                  orEmpty(r.format()),
                  orEmpty(r.storageRegion())))
          .append('\n');
    }
    return sb.toString();
  }

  // ---- queries ----------------------------------------------------------------------------------

  /** The scope the next refresh lists, or null when the owner e-mail is not valid. */
  public ListScope scope() {
    if (!user.admin()) {
      return ListScope.mine();
    }
    if (wholeOrg.get()) {
      return ListScope.org();
    }
    return EmailAddress.isValid(scopeOwner.get())
        ? ListScope.owner(EmailAddress.parse(scopeOwner.get()))
        : null;
  }

  public boolean isAdmin() {
    return user.admin();
  }

  private void refilter() {
    loaded.refilter(
        new BinFilter.Criteria(
            SearchQuery.parse(search.get()),
            ownerType.get(),
            serviceType.get(),
            createdFrom.get(),
            createdTo.get()));
    updateStatus();
  }

  private void selectionShown() {
    List<RecordingRow> selection = state.selection();
    selectedCount.set(selection.size());
    selectedBytes.set(selection.stream().mapToLong(RecordingRow::sizeBytes).sum());
    updateStatus();
    details.show(selection);
  }

  /** Writes the status line again after rows came, went, were filtered or selected. */
  private void updateStatus() {
    String text = messages.format("status.counts", loaded.size());
    if (loaded.visibleCount() != loaded.size()) {
      text += " · " + messages.format("status.shown", loaded.visibleCount());
    }
    // Only a selection is named: "0 selected (0 B)" says nothing.
    if (selectedCount.get() > 0) {
      text +=
          " · "
              + messages.format(
                  "status.selected",
                  selectedCount.get(),
                  Formats.size(selectedBytes.get(), messages.locale()));
    }
    statusText.set(text);
  }

  // ---- state ----------------------------------------------------------------------------------
  // The view binds to the objects that own the state: the loaded bin (rows, shown rows, choices),
  // the loader (the scan's progress) and, for the rest, the properties below.

  /** Every loaded row, the rows shown and the values the quick filters offer. */
  public LoadedBin loaded() {
    return loaded;
  }

  /** The running or last scan: loading, progress, its message, when it ended. */
  public BinLoader loader() {
    return loader;
  }

  /** The loaded bin this screen shares with the others (formats, clock, selection). */
  public BinState state() {
    return state;
  }

  /** Every field of the one selected recording, for the details pane. */
  public RecordingDetails details() {
    return details;
  }

  public StringProperty searchProperty() {
    return search;
  }

  public ObjectProperty<String> ownerTypeFilterProperty() {
    return ownerType;
  }

  public ObjectProperty<String> serviceTypeFilterProperty() {
    return serviceType;
  }

  public ObjectProperty<LocalDate> createdFromProperty() {
    return createdFrom;
  }

  public ObjectProperty<LocalDate> createdToProperty() {
    return createdTo;
  }

  /** Admin only: true lists the whole org, false one owner ({@link #scopeOwnerProperty()}). */
  public BooleanProperty wholeOrgProperty() {
    return wholeOrg;
  }

  public StringProperty scopeOwnerProperty() {
    return scopeOwner;
  }

  /** "N in the bin", then "M shown" while filtered and "K selected (size)" while selected. */
  public ReadOnlyStringProperty statusTextProperty() {
    return statusText.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty selectedCountProperty() {
    return selectedCount.getReadOnlyProperty();
  }

  public ReadOnlyLongProperty selectedBytesProperty() {
    return selectedBytes.getReadOnlyProperty();
  }
}
