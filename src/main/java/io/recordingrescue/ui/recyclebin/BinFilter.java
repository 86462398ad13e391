package io.recordingrescue.ui.recyclebin;

import static io.recordingrescue.ui.recyclebin.RecordingRow.orEmpty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;

/**
 * The rows of the loaded bin that pass the search and the quick filters.
 *
 * <p>Filtered by hand, not by a FilteredList: one change event per page or keystroke (a
 * FilteredList fires one per row, which the table's SortedList pays for with a pass over all rows
 * each), and a search reads the {@link SearchIndex}'s contiguous text, not a string per row.
 */
final class BinFilter {
  /** What the operator filters by; null or empty quick filters and null dates mean "any". */
  record Criteria(
      SearchQuery query, String ownerType, String serviceType, LocalDate from, LocalDate to) {

    /** True when an owner type, service type or date limits the rows besides the search. */
    boolean hasQuickFilters() {
      return !isNullOrEmpty(ownerType) || !isNullOrEmpty(serviceType) || from != null || to != null;
    }

    private static boolean isNullOrEmpty(String s) {
      return s == null || s.isEmpty();
    }
  }

  private final ZoneId zone;
  private final SearchIndex index = new SearchIndex();
  private final ShownRows visible = new ShownRows();
  // Null until the operator first filters: every row passes.
  private Criteria current;

  /**
   * @param zone the zone in which a recording's creation date is compared with the date filters
   */
  BinFilter(ZoneId zone) {
    this.zone = zone;
  }

  /** The rows shown, read-only (the table sorts a wrapper of this). */
  ObservableList<RecordingRow> visible() {
    return visible;
  }

  int visibleCount() {
    return visible.size();
  }

  /**
   * New pages of the bin ({@code rows}: all their rows): their rows that pass are shown after those
   * shown now.
   */
  void addPages(List<SearchIndex.Page> pages, List<RecordingRow> rows) {
    pages.forEach(index::add);
    if (current == null) {
      visible.append(rows);
      return;
    }
    SearchIndex.Found shown = new SearchIndex.Found(rows.size());
    String[] words = current.query().wordsLongestFirst();
    for (SearchIndex.Page page : pages) {
      page.addRowsHolding(words, shown);
    }
    Criteria c = current;
    if (c.hasQuickFilters()) {
      shown.keepOnly(r -> passesQuickFilters(c, r));
    }
    visible.append(shown);
  }

  /** Shows the loaded rows that pass {@code next}, with one change event at most. */
  void apply(Criteria next) {
    // The index (which holds every loaded row) answers the search alone; only the quick filters
    // look at the rows it finds.
    SearchIndex.Found shown = index.rowsMatching(next.query());
    if (next.hasQuickFilters()) {
      shown.keepOnly(r -> passesQuickFilters(next, r));
    }
    current = next;
    visible.showExactly(shown);
  }

  void clear() {
    visible.showNothing();
    index.clear();
  }

  /** Rows that left the bin; {@code all} is what is left of it. */
  void removeIds(Set<String> ids, List<RecordingRow> all) {
    visible.stopShowing(r -> ids.contains(r.id()));
    index.rebuild(all);
  }

  private boolean passesQuickFilters(Criteria c, RecordingRow rec) {
    String ownerType = c.ownerType();
    if (ownerType != null && !ownerType.isEmpty() && !ownerType.equals(orEmpty(rec.ownerType()))) {
      return false;
    }
    String serviceType = c.serviceType();
    if (serviceType != null
        && !serviceType.isEmpty()
        && !serviceType.equals(orEmpty(rec.serviceType()))) {
      return false;
    }
    LocalDate from = c.from();
    LocalDate to = c.to();
    if (from != null || to != null) {
      Instant createTime = rec.createTime();
      if (createTime == null) {
        return false;
      }
      LocalDate created = createTime.atZone(zone).toLocalDate();
      if (from != null && created.isBefore(from)) {
        return false;
      }
      if (to != null && created.isAfter(to)) {
        return false;
      }
    }
    return true;
  }
}
