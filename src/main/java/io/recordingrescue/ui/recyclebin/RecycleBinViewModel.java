package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.restore.RestoreTarget;
import io.recordingrescue.ui.BinSource;
import io.recordingrescue.ui.DialogService;
import io.recordingrescue.ui.ErrorMessages;
import io.recordingrescue.ui.Formats;
import io.recordingrescue.ui.Job;
import io.recordingrescue.ui.JobContext;
import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.UiExecutor;
import io.recordingrescue.ui.UserContext;
import io.recordingrescue.ui.jobs.JobsViewModel;
import io.recordingrescue.ui.jobs.RestoreSummary;
import io.recordingrescue.webex.EmailAddress;
import io.recordingrescue.webex.ListScope;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.ScanListener;
import io.recordingrescue.webex.ScanProgress;
import io.recordingrescue.webex.ScanResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The recycle-bin screen: loads the bin page by page, filters it as the operator types, keeps the
 * selection across refreshes and starts restores. Everything here runs on the UI thread except the
 * body of the scan job.
 */
public final class RecycleBinViewModel {
  /** Quick-filter value meaning "any". */
  public static final String ANY = "";

  private final BinSource bin;
  private final UiExecutor ui;
  private final DialogService dialogs;
  private final JobsViewModel jobs;
  private final Messages messages;
  private final Clock clock;
  private final ZoneId zone;
  private final FirstSeenLedger ledger;
  private final UserContext user;
  private final Formats formats;

  private final ObservableList<RecordingRow> rows = FXCollections.observableArrayList();
  // Filtered by hand, not by a FilteredList: one change event per page or keystroke (a
  // FilteredList fires one per row, which the table's SortedList pays for with a pass over all
  // rows each), and a keystroke that extends the search only looks at the rows shown now.
  private final ObservableList<RecordingRow> visibleRows = FXCollections.observableArrayList();
  private final ObservableList<RecordingRow> visibleRowsView =
      FXCollections.unmodifiableObservableList(visibleRows);
  private Predicate<RecordingRow> filter = r -> true;
  private SearchQuery filterQuery = SearchQuery.parse("");
  private List<Object> filterOthers = List.of();
  private final ObservableList<String> ownerTypes = FXCollections.observableArrayList(ANY);
  private final ObservableList<String> serviceTypes = FXCollections.observableArrayList(ANY);

  private final StringProperty search = new SimpleStringProperty("");
  private final ObjectProperty<String> ownerTypeFilter = new SimpleObjectProperty<>(ANY);
  private final ObjectProperty<String> serviceTypeFilter = new SimpleObjectProperty<>(ANY);
  private final ObjectProperty<LocalDate> createdFrom = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> createdTo = new SimpleObjectProperty<>();
  private final BooleanProperty wholeOrg = new SimpleBooleanProperty(true);
  private final StringProperty scopeOwner = new SimpleStringProperty("");

  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper();
  private final ReadOnlyStringWrapper loadMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper lastScanText = new ReadOnlyStringWrapper("");
  private final ReadOnlyIntegerWrapper selectedCount = new ReadOnlyIntegerWrapper();
  private final ReadOnlyLongWrapper selectedBytes = new ReadOnlyLongWrapper();
  private final ReadOnlyObjectWrapper<Set<String>> selectionToRestore =
      new ReadOnlyObjectWrapper<>(Set.of());

  private List<RecordingRow> selection = List.of();
  private AtomicBoolean currentScanCancel;
  private ListScope loadedScope;

  public RecycleBinViewModel(
      BinSource bin,
      UiExecutor ui,
      DialogService dialogs,
      JobsViewModel jobs,
      Messages messages,
      Clock clock,
      ZoneId zone,
      FirstSeenLedger ledger,
      UserContext user) {
    this.bin = bin;
    this.ui = ui;
    this.dialogs = dialogs;
    this.jobs = jobs;
    this.messages = messages;
    this.clock = clock;
    this.zone = zone;
    this.ledger = ledger;
    this.user = user;
    this.formats = new Formats(zone);
    ChangeListener<Object> refilter = (obs, was, now) -> refilter();
    // Pages of a fast scan arrive faster than a busy UI thread may take them one event each:
    // they wait here and one UI event takes all that arrived, so the UI queue never backs up.
    search.addListener(refilter);
    ownerTypeFilter.addListener(refilter);
    serviceTypeFilter.addListener(refilter);
    createdFrom.addListener(refilter);
    createdTo.addListener(refilter);
    wholeOrg.set(user.admin());
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
      loadMessage.set(messages.format("scope.invalidOwner", scopeOwner.get()));
      return;
    }
    cancelLoad();
    Set<String> wanted = selection.stream().map(RecordingRow::id).collect(Collectors.toSet());
    rows.clear();
    visibleRows.clear();
    selectionChanged(List.of());
    AtomicBoolean cancel = new AtomicBoolean();
    PageInbox inbox = new PageInbox(cancel);
    currentScanCancel = cancel;
    loadedScope = scope;
    loading.set(true);
    loadProgress.set(-1);
    loadMessage.set(messages.get("scan.loading"));
    RowFactory rowFactory = new RowFactory();
    ui.submit(
        new Job<ScanResult>() {
          @Override
          public String title() {
            return messages.get("scan.title");
          }

          @Override
          public ScanResult run(JobContext context) throws Exception {
            return bin.scan(
                scope,
                new ScanListener() {
                  @Override
                  public void onPage(List<Recording> fresh, ScanProgress progress) {
                    Map<String, java.time.Instant> seen =
                        ledger.see(fresh.stream().map(Recording::id).toList(), clock.instant());
                    List<RecordingRow> batch = new ArrayList<>(fresh.size());
                    for (Recording r : fresh) {
                      batch.add(rowFactory.row(r, seen.get(r.id())));
                    }
                    context.progress(progress.fraction(), title());
                    // At most one UI event per page, never one per row.
                    inbox.put(batch, progress);
                  }

                  @Override
                  public boolean isCancelled() {
                    return cancel.get();
                  }
                });
          }

          @Override
          public void cancel() {
            cancel.set(true);
          }
        },
        result -> inbox.drainThen(() -> scanFinished(cancel, result, wanted)),
        error -> scanFailed(cancel, error));
  }

  /** Stops the running scan; rows already loaded stay. */
  public void cancelLoad() {
    if (currentScanCancel != null) {
      currentScanCancel.set(true);
    }
  }

  /** The view reports the table's selection here (UI thread). */
  public void selectionChanged(List<RecordingRow> selected) {
    selection = List.copyOf(selected);
    selectedCount.set(selection.size());
    selectedBytes.set(selection.stream().mapToLong(RecordingRow::sizeBytes).sum());
    updateStatus();
  }

  /** Asks for confirmation naming count, size and owners, then starts the restore job. */
  public void restoreSelected() {
    if (selection.isEmpty()) {
      dialogs.showError(messages.get("restore.title"), messages.get("restore.nothingSelected"));
      return;
    }
    restoreRows(selection);
  }

  /** Restores these rows (of the loaded bin) after a confirmation. */
  public void restoreRows(Collection<RecordingRow> toRestore) {
    List<RecordingRow> list = List.copyOf(toRestore);
    long bytes = list.stream().mapToLong(RecordingRow::sizeBytes).sum();
    if (!dialogs.confirm(
        messages.get("restore.title"),
        messages.format("restore.confirm.header", list.size(), Formats.size(bytes)),
        messages.format("restore.confirm.owners", ownersText(list)))) {
      return;
    }
    List<String> ids = list.stream().map(RecordingRow::id).toList();
    jobs.start(
        messages.format("restore.jobTitle", ids.size()),
        new RestoreTarget.ByIds(ids),
        report -> removeRows(RestoreSummary.restoredIds(report)));
  }

  /** Rows that left the bin leave the table. */
  public void removeRows(Set<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    rows.removeIf(r -> ids.contains(r.id()));
    visibleRows.removeIf(r -> ids.contains(r.id()));
    selectionChanged(selection.stream().filter(r -> !ids.contains(r.id())).toList());
  }

  /** Ids, one per line, for the clipboard. */
  public static String idsText(List<RecordingRow> selected) {
    return selected.stream().map(RecordingRow::id).collect(Collectors.joining("\n"));
  }

  /** Tab-separated rows with a header line, for a spreadsheet or a ticket. */
  public String rowsText(List<RecordingRow> selected) {
    StringBuilder sb =
        new StringBuilder(
            "id\ttopic\townerEmail\townerType\tcreated\tduration\tsize\tserviceType\tformat"
                + "\tstorageRegion\n");
    for (RecordingRow row : selected) {
      Recording r = row.recording();
      sb.append(
              String.join(
                  "\t",
                  nz(r.id()),
                  nz(r.topic()).replaceAll("[\\t\\r\\n]", " "),
                  nz(r.ownerEmail()),
                  nz(r.ownerType()),
                  formats.dateTime(r.createTime()),
                  Formats.duration(r.durationSeconds()),
                  Formats.size(r.sizeBytes()),
                  nz(r.serviceType()),
                  nz(r.format()),
                  nz(r.storageRegion())))
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

  /** The recording of every loaded id (for "restore by ids"). */
  public Map<String, RecordingRow> loadedById() {
    return rows.stream()
        .collect(
            Collectors.toMap(RecordingRow::id, r -> r, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  public ListScope loadedScope() {
    return loadedScope;
  }

  public boolean isAdmin() {
    return user.admin();
  }

  // ---- internals -------------------------------------------------------------------------------

  /**
   * Pages waiting for the UI thread. A page is handed over with one UI event unless an event is
   * already on its way, which then takes this page too.
   */
  private static final int ROWS_PER_UI_EVENT = 1_000;

  private final class PageInbox {
    private final AtomicBoolean scan;
    private final List<RecordingRow> pending = new ArrayList<>();
    private ScanProgress lastProgress;
    private boolean scheduled;

    PageInbox(AtomicBoolean scan) {
      this.scan = scan;
    }

    void put(List<RecordingRow> batch, ScanProgress progress) {
      boolean schedule;
      synchronized (this) {
        pending.addAll(batch);
        lastProgress = progress;
        schedule = !scheduled;
        scheduled = true;
      }
      if (schedule) {
        ui.onUi(this::drain);
      }
    }

    /**
     * On the UI thread: adds what has arrived, at most {@link #ROWS_PER_UI_EVENT} rows at a time so
     * one event never holds the FX thread for long; the rest goes in a following event.
     */
    void drain() {
      List<RecordingRow> batch;
      ScanProgress progress;
      boolean more;
      synchronized (this) {
        if (pending.isEmpty()) {
          scheduled = false;
          return;
        }
        List<RecordingRow> head = pending.subList(0, Math.min(ROWS_PER_UI_EVENT, pending.size()));
        batch = new ArrayList<>(head);
        head.clear();
        progress = lastProgress;
        more = !pending.isEmpty();
        scheduled = more;
      }
      addPage(scan, batch, progress);
      if (more) {
        ui.onUi(this::drain);
      }
    }

    /** On the UI thread: adds the rest, chunk by chunk, then runs {@code then}. */
    void drainThen(Runnable then) {
      boolean empty;
      synchronized (this) {
        empty = pending.isEmpty();
      }
      if (empty) {
        then.run();
        return;
      }
      drain();
      ui.onUi(() -> drainThen(then));
    }
  }

  private void addPage(AtomicBoolean scan, List<RecordingRow> batch, ScanProgress progress) {
    if (scan != currentScanCancel) {
      return; // A page of a scan that a newer refresh replaced.
    }
    rows.addAll(batch);
    List<RecordingRow> shown = new ArrayList<>(batch.size());
    for (RecordingRow r : batch) {
      if (filter.test(r)) {
        shown.add(r);
      }
    }
    visibleRows.addAll(shown);
    addChoices(batch);
    loadProgress.set(progress.fraction());
    loadMessage.set(
        messages.format(
            "scan.progress", progress.windowsDone(), progress.windowsTotal(), rows.size()));
    updateStatus();
  }

  private void scanFinished(AtomicBoolean scan, ScanResult result, Set<String> wanted) {
    if (scan != currentScanCancel) {
      return;
    }
    loading.set(false);
    loadProgress.set(1);
    if (result.cancelled()) {
      loadMessage.set(messages.format("scan.cancelled", rows.size()));
    } else if (!result.failures().isEmpty()) {
      loadMessage.set(
          messages.format(
              "scan.partial",
              result.failures().size(),
              ErrorMessages.describe(result.failures().get(0).error(), messages)));
    } else {
      loadMessage.set("");
    }
    lastScanText.set(messages.format("scan.last", formats.dateTime(result.finishedAt())));
    Set<String> loaded = rows.stream().map(RecordingRow::id).collect(Collectors.toSet());
    Set<String> keep = new HashSet<>(wanted);
    keep.retainAll(loaded);
    selectionToRestore.set(Set.copyOf(keep));
    updateStatus();
  }

  private void scanFailed(AtomicBoolean scan, Throwable error) {
    if (scan != currentScanCancel) {
      return;
    }
    loading.set(false);
    loadProgress.set(0);
    loadMessage.set(ErrorMessages.describe(error, messages));
  }

  private void addChoices(List<RecordingRow> batch) {
    Set<String> owners = new TreeSet<>(ownerTypes);
    Set<String> services = new TreeSet<>(serviceTypes);
    for (RecordingRow r : batch) {
      owners.add(nz(r.recording().ownerType()));
      services.add(nz(r.recording().serviceType()));
    }
    if (owners.size() != ownerTypes.size()) {
      ownerTypes.setAll(owners);
    }
    if (services.size() != serviceTypes.size()) {
      serviceTypes.setAll(services);
    }
  }

  private void refilter() {
    SearchQuery query = SearchQuery.parse(search.get());
    String ownerType = ownerTypeFilter.get();
    String serviceType = serviceTypeFilter.get();
    LocalDate from = createdFrom.get();
    LocalDate to = createdTo.get();
    Predicate<RecordingRow> p =
        r -> {
          Recording rec = r.recording();
          if (!r.matches(query)) {
            return false;
          }
          if (ownerType != null && !ownerType.isEmpty() && !ownerType.equals(nz(rec.ownerType()))) {
            return false;
          }
          if (serviceType != null
              && !serviceType.isEmpty()
              && !serviceType.equals(nz(rec.serviceType()))) {
            return false;
          }
          if (from != null || to != null) {
            if (rec.createTime() == null) {
              return false;
            }
            LocalDate created = rec.createTime().atZone(zone).toLocalDate();
            if (from != null && created.isBefore(from)) {
              return false;
            }
            if (to != null && created.isAfter(to)) {
              return false;
            }
          }
          return true;
        };
    List<Object> others = java.util.Arrays.asList(ownerType, serviceType, from, to);
    // Typing more of the same search only narrows what is shown: look at those rows only.
    List<RecordingRow> candidates =
        others.equals(filterOthers) && query.narrows(filterQuery) ? visibleRows : rows;
    List<RecordingRow> shown = new ArrayList<>();
    for (RecordingRow r : candidates) {
      if (p.test(r)) {
        shown.add(r);
      }
    }
    filter = p;
    filterQuery = query;
    filterOthers = others;
    if (shown.size() != visibleRows.size() || !shown.equals(visibleRows)) {
      visibleRows.setAll(shown);
    }
    updateStatus();
  }

  private void updateStatus() {
    String text =
        messages.format(
            "status.counts", rows.size(), selectedCount.get(), Formats.size(selectedBytes.get()));
    if (visibleRows.size() != rows.size()) {
      text += " · " + messages.format("status.shown", visibleRows.size());
    }
    statusText.set(text);
  }

  private String ownersText(List<RecordingRow> list) {
    Set<String> owners = new LinkedHashSet<>();
    list.forEach(r -> owners.add(r.ownerEmail().isEmpty() ? "?" : r.ownerEmail()));
    List<String> names = new ArrayList<>(owners);
    if (names.size() <= 5) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, 5))
        + " "
        + messages.format("restore.confirm.moreOwners", names.size() - 5);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  // ---- properties -------------------------------------------------------------------------------

  /** Every loaded row. */
  public ObservableList<RecordingRow> rows() {
    return FXCollections.unmodifiableObservableList(rows);
  }

  /** The rows that pass search and quick filters (the table sorts a wrapper of this). */
  public ObservableList<RecordingRow> visibleRows() {
    return visibleRowsView;
  }

  public ObservableList<String> ownerTypes() {
    return FXCollections.unmodifiableObservableList(ownerTypes);
  }

  public ObservableList<String> serviceTypes() {
    return FXCollections.unmodifiableObservableList(serviceTypes);
  }

  public StringProperty searchProperty() {
    return search;
  }

  public ObjectProperty<String> ownerTypeFilterProperty() {
    return ownerTypeFilter;
  }

  public ObjectProperty<String> serviceTypeFilterProperty() {
    return serviceTypeFilter;
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

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** 0..1, or negative while unknown. */
  public ReadOnlyDoubleProperty loadProgressProperty() {
    return loadProgress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty loadMessageProperty() {
    return loadMessage.getReadOnlyProperty();
  }

  /** "N in the bin · M selected · X selected". */
  public ReadOnlyStringProperty statusTextProperty() {
    return statusText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty lastScanTextProperty() {
    return lastScanText.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty selectedCountProperty() {
    return selectedCount.getReadOnlyProperty();
  }

  public ReadOnlyLongProperty selectedBytesProperty() {
    return selectedBytes.getReadOnlyProperty();
  }

  /** Set when a scan ends: the ids the view should select again. */
  public ReadOnlyObjectProperty<Set<String>> selectionToRestoreProperty() {
    return selectionToRestore.getReadOnlyProperty();
  }

  public Formats formats() {
    return formats;
  }

  public Clock clock() {
    return clock;
  }
}
