package io.recordingrescue.ui.recyclebin;

import static io.recordingrescue.ui.recyclebin.RecordingRow.orEmpty;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows of the bin loaded so far, the ones of them shown, and the values the quick filters offer
 * (those that occur in the loaded rows). UI thread only.
 */
public final class LoadedBin {
  private final ObservableList<RecordingRow> rows = FXCollections.observableArrayList();
  private final BinFilter filter;
  private final ObservableList<String> ownerTypes =
      FXCollections.observableArrayList(RecycleBinViewModel.ANY);
  private final ObservableList<String> serviceTypes =
      FXCollections.observableArrayList(RecycleBinViewModel.ANY);

  LoadedBin(ZoneId zone) {
    this.filter = new BinFilter(zone);
  }

  /** Every loaded row, read-only. */
  public ObservableList<RecordingRow> rows() {
    return FXCollections.unmodifiableObservableList(rows);
  }

  /** The rows that pass the search and quick filters, read-only (the table sorts a wrapper). */
  public ObservableList<RecordingRow> visibleRows() {
    return filter.visible();
  }

  /** The owner types of the loaded rows, after {@link RecycleBinViewModel#ANY}. */
  public ObservableList<String> ownerTypes() {
    return FXCollections.unmodifiableObservableList(ownerTypes);
  }

  /** The service types of the loaded rows, after {@link RecycleBinViewModel#ANY}. */
  public ObservableList<String> serviceTypes() {
    return FXCollections.unmodifiableObservableList(serviceTypes);
  }

  int size() {
    return rows.size();
  }

  int visibleCount() {
    return filter.visibleCount();
  }

  /** Rows of the running scan arrive, indexed for the search off the UI thread. */
  void addPages(List<SearchIndex.Page> pages) {
    List<RecordingRow> fresh = new ArrayList<>();
    pages.forEach(page -> fresh.addAll(page.rows()));
    rows.addAll(fresh);
    filter.addPages(pages, fresh);
    addChoices(fresh);
  }

  /** The operator changed the search or a quick filter. */
  void refilter(BinFilter.Criteria criteria) {
    filter.apply(criteria);
  }

  /** Before a new scan: forgets the rows, keeps the filters and the choices seen so far. */
  void clear() {
    rows.clear();
    filter.clear();
  }

  /** Rows that left the bin. */
  void removeIds(Set<String> ids) {
    rows.removeIf(r -> ids.contains(r.id()));
    filter.removeIds(ids, rows);
  }

  /**
   * The ids of {@code wanted} that are loaded; one pass over the rows, none when none is wanted.
   */
  Set<String> loadedAmong(Set<String> wanted) {
    if (wanted.isEmpty()) {
      return Set.of();
    }
    return rows.stream()
        .map(RecordingRow::id)
        .filter(wanted::contains)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The row of every loaded id, in load order. */
  Map<String, RecordingRow> byId() {
    return rows.stream()
        .collect(Collectors.toMap(RecordingRow::id, r -> r, (a, b) -> a, LinkedHashMap::new));
  }

  private void addChoices(List<RecordingRow> page) {
    addNewValues(ownerTypes, page, r -> orEmpty(r.ownerType()));
    addNewValues(serviceTypes, page, r -> orEmpty(r.serviceType()));
  }

  /**
   * Adds the page's values that {@code choices} lacks, sorted. Looked up by hash (the strings cache
   * theirs): a sorted set's look-up compared strings for every row of every page.
   */
  private static void addNewValues(
      ObservableList<String> choices,
      List<RecordingRow> page,
      Function<RecordingRow, String> value) {
    Set<String> seen = new HashSet<>(choices);
    for (RecordingRow r : page) {
      seen.add(value.apply(r));
    }
    // setAll only when a value is new: most pages bring none, and each setAll is a change event.
    if (seen.size() != choices.size()) {
      choices.setAll(new TreeSet<>(seen));
    }
  }
}
