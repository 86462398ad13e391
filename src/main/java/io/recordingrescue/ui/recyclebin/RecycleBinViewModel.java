package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.BinSource;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.Formats;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.UserContext;
import io.recordingrescue.ui.jobs.JobsState;
import io.recordingrescue.webex.ListScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The recycle-bin screen: loads the bin page by page, filters it as the operator types, keeps the
 * selection across refreshes and starts restores. Everything here runs on the UI thread except the
 * body of the scan job.
 *
 * <p>A façade over {@link LoadedBin} (rows and filtering), {@link FilterSettings}, {@link
 * ScopeChoice}, {@link BinLoader} (scans), {@link BinStatus} (selection and status line), {@link
 * RecordingDetails} (the selected recording's fields) and {@link BinRestorer}: the other screens,
 * the view and the benchmarks only see this class.
 */
public final class RecycleBinViewModel {
  /** Quick-filter value meaning "any". */
  public static final String ANY = "";

  private final Messages messages;
  private final UserContext user;
  private final BinState state;
  private final LoadedBin loaded;
  private final BinStatus status;
  private final BinLoader loader;
  private final BinRestorer restorer;
  private final RowsText rowsText;
  private final RecordingDetails details;

  private final FilterSettings filters = new FilterSettings();
  private final ScopeChoice scopeChoice;

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
    Formats formats = state.formats();
    Clock clock = state.clock();
    this.status = new BinStatus(loaded, messages);
    this.loader = new BinLoader(bin, ui, messages, clock, ledger, formats, loaded, status::update);
    this.restorer = new BinRestorer(dialogs, jobs, messages);
    this.rowsText = new RowsText(formats);
    this.details = new RecordingDetails(messages, formats, clock);
    this.scopeChoice = new ScopeChoice(user);
    filters.onChange(this::refilter);
    state.onSelectionChange(
        () -> {
          status.select(state.selection());
          details.show(state.selection());
        });
    status.update();
  }

  // ---- commands -------------------------------------------------------------------------------

  /**
   * Lists the bin of the chosen scope again. Rows stream in page by page; ids selected before that
   * are still in the bin are selected again when the scan ends.
   */
  public void refresh() {
    ListScope scope = scope();
    if (scope == null) {
      loader.refuse(messages.format("scope.invalidOwner", scopeChoice.owner().get()));
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

  /** Rows that left the bin leave the table. */
  public void removeRows(Set<String> ids) {
    state.rowsLeftBin(ids);
  }

  /** Ids, one per line, for the clipboard. */
  public static String idsText(List<RecordingRow> selected) {
    return RowsText.ids(selected);
  }

  /** Tab-separated rows with a header line, for a spreadsheet or a ticket. */
  public String rowsText(List<RecordingRow> selected) {
    return rowsText.table(selected);
  }

  // ---- queries ----------------------------------------------------------------------------------

  /** The scope the next refresh lists, or null when the owner e-mail is not valid. */
  public ListScope scope() {
    return scopeChoice.scope();
  }

  public ListScope loadedScope() {
    return loader.loadedScope();
  }

  public boolean isAdmin() {
    return user.admin();
  }

  private void refilter() {
    loaded.refilter(filters.criteria());
    status.update();
  }

  // ---- properties -------------------------------------------------------------------------------

  /** Every loaded row. */
  public ObservableList<RecordingRow> rows() {
    return loaded.rows();
  }

  /** The rows that pass search and quick filters (the table sorts a wrapper of this). */
  public ObservableList<RecordingRow> visibleRows() {
    return loaded.visibleRows();
  }

  public ObservableList<String> ownerTypes() {
    return loaded.ownerTypes();
  }

  public ObservableList<String> serviceTypes() {
    return loaded.serviceTypes();
  }

  public StringProperty searchProperty() {
    return filters.search();
  }

  public ObjectProperty<String> ownerTypeFilterProperty() {
    return filters.ownerType();
  }

  public ObjectProperty<String> serviceTypeFilterProperty() {
    return filters.serviceType();
  }

  public ObjectProperty<LocalDate> createdFromProperty() {
    return filters.createdFrom();
  }

  public ObjectProperty<LocalDate> createdToProperty() {
    return filters.createdTo();
  }

  /** Admin only: true lists the whole org, false one owner ({@link #scopeOwnerProperty()}). */
  public BooleanProperty wholeOrgProperty() {
    return scopeChoice.wholeOrg();
  }

  public StringProperty scopeOwnerProperty() {
    return scopeChoice.owner();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loader.loadingProperty();
  }

  /** 0..1, or negative while unknown. */
  public ReadOnlyDoubleProperty loadProgressProperty() {
    return loader.loadProgressProperty();
  }

  public ReadOnlyStringProperty loadMessageProperty() {
    return loader.loadMessageProperty();
  }

  /** "N in the bin", then "M shown" while filtered and "K selected (size)" while selected. */
  public ReadOnlyStringProperty statusTextProperty() {
    return status.statusTextProperty();
  }

  public ReadOnlyStringProperty lastScanTextProperty() {
    return loader.lastScanTextProperty();
  }

  public ReadOnlyIntegerProperty selectedCountProperty() {
    return status.selectedCountProperty();
  }

  public ReadOnlyLongProperty selectedBytesProperty() {
    return status.selectedBytesProperty();
  }

  /** Set when a scan ends: the ids the view should select again. */
  public ReadOnlyObjectProperty<Set<String>> selectionToRestoreProperty() {
    return loader.selectionToRestoreProperty();
  }

  /** Every field of the one selected recording, for the details pane. */
  public RecordingDetails details() {
    return details;
  }

  /** The loaded bin this screen shares with the others. */
  public BinState state() {
    return state;
  }

  public Formats formats() {
    return state.formats();
  }

  public Clock clock() {
    return state.clock();
  }
}
