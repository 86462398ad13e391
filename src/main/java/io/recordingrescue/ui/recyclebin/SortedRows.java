package io.recordingrescue.ui.recyclebin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener.Change;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * A sorted view of the shown rows, like JavaFX's {@code SortedList} but cheap where a bin load
 * needs it: rows appended to the source are placed by binary search and the rows after them moved
 * by array copies, O(n + k log n), where {@code SortedList} walks all n rows once per added row
 * (50,000 rows cost it about n²/2 steps, seconds of FX thread). A new comparator re-sorts once and
 * fires a permutation (the table keeps its selection); removals fire removals; anything else (a new
 * filter's rows) fires one replacement, as {@code SortedList} does, but in an order read off the
 * rows seen so far (one pass, no comparisons) instead of a sort of 100,000 rows per keystroke.
 */
final class SortedRows<E> extends TransformationList<E, E> {
  private final ObjectProperty<Comparator<? super E>> comparator =
      new SimpleObjectProperty<>(this, "comparator") {
        @Override
        protected void invalidated() {
          resort();
        }
      };

  /** Source index of each view position. */
  private int[] order;

  /**
   * The rows in view order, first {@link #order}.length of the array (kept so that a change can
   * name the rows it removed: a change that removes rows gets a new array and names the old one's
   * rows, instead of copying them).
   */
  private Object[] view = new Object[0];

  /**
   * Every row the source has held since the comparator last changed (or the source was emptied), in
   * comparator order. A new filter's rows are a subset: their order is read off this list in one
   * pass instead of sorting them again on every keystroke.
   */
  private final ArrayList<E> known = new ArrayList<>();

  /**
   * While true, {@link #known} is just the rows in view and is left empty: while no filter hides a
   * row, each page of a load is placed once, in the view, instead of twice. The first replacement
   * that needs {@link #known} fills it from the view.
   */
  private boolean knownIsView = true;

  /**
   * Each row keeps its position in {@link #known} itself: a new filter's rows are then placed with
   * one field read per row (a map look-up cost three reads scattered over the heap).
   */
  private final ToIntFunction<E> rankOf;

  private final ObjIntConsumer<E> setRank;

  /** Whether every row of {@link #known} holds its position; set when a replacement needs it. */
  private boolean ranked;

  /**
   * @param rankOf and {@code setRank}: a place in each row where this view keeps the row's rank
   *     (any value before this view sets it; one view per row)
   */
  SortedRows(ObservableList<E> source, ToIntFunction<E> rankOf, ObjIntConsumer<E> setRank) {
    super(source);
    this.rankOf = rankOf;
    this.setRank = setRank;
    order = sortedOrder();
    fillView(false);
  }

  ObjectProperty<Comparator<? super E>> comparatorProperty() {
    return comparator;
  }

  @Override
  @SuppressWarnings("unchecked") // only source rows are put in
  public E get(int index) {
    Objects.checkIndex(index, order.length);
    return (E) view[index];
  }

  @Override
  public int size() {
    return order.length;
  }

  @Override
  public int getSourceIndex(int index) {
    Objects.checkIndex(index, order.length);
    return order[index];
  }

  @Override
  public int getViewIndex(int index) {
    for (int i = 0; i < order.length; i++) {
      if (order[i] == index) {
        return i;
      }
    }
    return -1;
  }

  @Override
  protected void sourceChanged(Change<? extends E> c) {
    if (getSource().isEmpty()) {
      known.clear(); // a new scan: let go of the rows of the last one
      knownIsView = true;
      ranked = false;
    }
    int oldSize = order.length;
    int steps = 0;
    boolean onlyRemovals = true;
    boolean append = false;
    int removedTotal = 0;
    while (c.next()) {
      steps++;
      if (c.wasPermutated() || c.wasUpdated() || c.wasReplaced()) {
        onlyRemovals = false;
      } else if (c.wasAdded()) {
        onlyRemovals = false;
        append = c.getFrom() == oldSize;
      } else {
        removedTotal += c.getRemovedSize();
      }
    }
    c.reset();
    if (steps == 1 && append) {
      c.next();
      insertAppended(c.getFrom(), c.getTo());
    } else if (onlyRemovals && removedTotal > 0 && removedTotal <= 1_000) {
      removeRows(c);
    } else {
      replaceAll();
    }
  }

  /**
   * Source rows [from, to) were appended: each goes where the comparator puts it. The old rows move
   * back in runs, one array copy per run, in the arrays they are in (a page costs no pass that
   * reads every row through the source, and no copy of the view unless it has to grow).
   */
  private void insertAppended(int from, int to) {
    Comparator<? super E> cmp = comparator.get();
    int size = order.length;
    int added = to - from;
    List<? extends E> source = getSource();
    Integer[] fresh = new Integer[added];
    for (int i = 0; i < added; i++) {
      fresh[i] = from + i;
    }
    // How many old rows stand before each fresh row (fresh rows in comparator order).
    int[] oldBefore = new int[added];
    if (cmp == null) {
      Arrays.fill(oldBefore, size);
    } else {
      Arrays.sort(fresh, (a, b) -> cmp.compare(source.get(a), source.get(b))); // stable
      List<E> view = viewList();
      int lo = 0;
      for (int i = 0; i < added; i++) {
        lo = upperBound(view, source.get(fresh[i]), cmp, lo, size);
        oldBefore[i] = lo;
      }
    }
    int[] nextOrder = Arrays.copyOf(order, size + added);
    Object[] rows =
        view.length >= size + added ? view : Arrays.copyOf(view, (size + added) * 3 / 2);
    int end = size; // old rows [oldBefore[i], end) move back by the i + 1 fresh rows before them
    for (int i = added - 1; i >= 0; i--) {
      int start = oldBefore[i];
      System.arraycopy(nextOrder, start, nextOrder, start + i + 1, end - start);
      System.arraycopy(rows, start, rows, start + i + 1, end - start);
      nextOrder[start + i] = fresh[i];
      rows[start + i] = source.get(fresh[i]);
      end = start;
    }
    order = nextOrder;
    view = rows;
    if (knownIsView || known.size() == size) {
      // The view held every known row: it still does, so known need not place the page again.
      knownIsView = true;
      known.clear();
      ranked = false;
    } else {
      remember(source.subList(from, to));
    }
    beginChange();
    for (int i = 0; i < added; ) {
      int j = i + 1;
      while (j < added && oldBefore[j] == oldBefore[i]) {
        j++; // no old row between them: one added range
      }
      nextAdd(oldBefore[i] + i, oldBefore[i] + j);
      i = j;
    }
    endChange();
  }

  /**
   * Adds rows not seen before to {@link #known}, each where the comparator puts it: merged in place
   * from the back, so that a page of a big bin costs no copy of every row seen.
   */
  private void remember(List<? extends E> rows) {
    Comparator<? super E> cmp = comparator.get();
    ranked = false;
    if (cmp == null) {
      known.addAll(rows);
      return;
    }
    List<E> fresh = new ArrayList<>(rows);
    fresh.sort(cmp);
    int old = known.size();
    known.addAll(fresh); // room at the end; overwritten below
    int to = known.size();
    int hi = old; // known[0, hi) still to merge
    for (int f = fresh.size() - 1; f >= 0; f--) {
      E e = fresh.get(f);
      // Equal keys keep load order: a fresh row goes after the known rows equal to it.
      int pos = upperBound(known, e, cmp, 0, hi);
      for (int k = hi - 1; k >= pos; k--) {
        known.set(--to, known.get(k));
      }
      hi = pos;
      known.set(--to, e);
    }
  }

  /** First position in {@code list[lo, hi)} whose row sorts after {@code e}. */
  private static <T> int upperBound(List<T> list, T e, Comparator<? super T> cmp, int lo, int hi) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cmp.compare(list.get(mid), e) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * A few rows left the source: if they stood together in the view, they leave their places and the
   * others keep their order; if they stood apart, every row is replaced at once. A table's
   * selection model shifts its selection once per change, whatever the change's parts: rows removed
   * from two places in one change left it pointing past the end (a null selected row) or at rows
   * the operator had not selected.
   */
  private void removeRows(Change<? extends E> c) {
    int size = order.length;
    // Replay the removals on the old source indices to learn each survivor's new index.
    List<Integer> alive = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      alive.add(i);
    }
    while (c.next()) {
      for (int i = 0; i < c.getRemovedSize(); i++) {
        alive.remove(c.getFrom());
      }
    }
    int[] newIndexOfOld = new int[size];
    Arrays.fill(newIndexOfOld, -1);
    for (int n = 0; n < alive.size(); n++) {
      newIndexOfOld[alive.get(n)] = n;
    }
    int[] next = new int[alive.size()];
    int from = -1; // the view position of the first row that left
    int at = 0;
    for (int v = 0; v < size; v++) {
      int now = newIndexOfOld[order[v]];
      if (now >= 0) {
        next[at++] = now;
      } else if (from < 0) {
        from = v;
      } else if (at > from) {
        replaceAll(); // a row stayed between two that left: they left from two places
        return;
      }
    }
    // The rows that left, as a view of the old array: the new order gets an array of its own.
    List<E> removed = viewList().subList(Math.max(from, 0), Math.max(from, 0) + size - next.length);
    order = next;
    fillView(true);
    if (!removed.isEmpty()) {
      beginChange();
      nextRemove(from, removed);
      endChange();
    }
  }

  /** Anything else: sort the source again and replace every row at once. */
  private void replaceAll() {
    List<E> before = Collections.unmodifiableList(viewList());
    order = comparator.get() == null ? sortedOrder() : knownOrder();
    fillView(true);
    if (!before.isEmpty() || order.length > 0) {
      fireChange(new WholeListChange<>(this, before, order.length));
    }
  }

  /** A new comparator: one permutation, so that the table keeps its selection. */
  private void resort() {
    if (order == null) {
      return; // still constructing
    }
    known.clear();
    knownIsView = true;
    ranked = false;
    if (order.length == 0) {
      return;
    }
    int size = order.length;
    int[] before = order;
    order = sortedOrder();
    int[] viewOfSource = new int[size];
    for (int v = 0; v < size; v++) {
      viewOfSource[order[v]] = v;
    }
    int[] perm = new int[size];
    for (int v = 0; v < size; v++) {
      perm[v] = viewOfSource[before[v]];
    }
    fillView(false);
    beginChange();
    nextPermutation(0, size, perm);
    endChange();
  }

  /** The source in comparator order, read off {@link #known} (rows new to it are added first). */
  private int[] knownOrder() {
    List<? extends E> source = getSource();
    if (source.isEmpty()) {
      known.clear(); // a new scan: forget the rows of the last one
      knownIsView = true;
      ranked = false;
      return new int[0];
    }
    if (knownIsView) {
      known.addAll(viewList()); // the view has not changed yet: it holds the rows known so far
      knownIsView = false;
      ranked = false;
    }
    @SuppressWarnings("unchecked") // the source's own rows
    E[] rows = (E[]) source.toArray();
    // One look-up per row: a keystroke over 100,000 rows pays for no second pass.
    int[] sourceAtRank = ranksOf(rows);
    if (sourceAtRank == null) {
      List<E> unknown = new ArrayList<>();
      for (E e : rows) {
        if (!isKnown(e)) {
          unknown.add(e);
        }
      }
      remember(unknown);
      sourceAtRank = ranksOf(rows);
    }
    if (sourceAtRank == null || sourceAtRank.length == 0) {
      return sortedOrder(); // the same row twice: sort the plain way
    }
    int[] out = new int[source.size()];
    int at = 0;
    for (int s : sourceAtRank) {
      if (s >= 0) {
        out[at++] = s;
      }
    }
    return out;
  }

  /**
   * The source index of each rank of {@link #known} (-1 where the source lacks that row); null when
   * a source row is not known yet, empty when a row stands twice in the source.
   */
  private int[] ranksOf(E[] rows) {
    if (!ranked) {
      for (int i = 0; i < known.size(); i++) {
        setRank.accept(known.get(i), i);
      }
      ranked = true;
    }
    int[] sourceAtRank = new int[known.size()];
    Arrays.fill(sourceAtRank, -1);
    for (int s = 0; s < rows.length; s++) {
      if (!isKnown(rows[s])) {
        return null;
      }
      int rank = rankOf.applyAsInt(rows[s]);
      if (sourceAtRank[rank] != -1) {
        return new int[0];
      }
      sourceAtRank[rank] = s;
    }
    return sourceAtRank;
  }

  /** Whether {@code row} is in {@link #known} at the rank it holds (call after ranking). */
  private boolean isKnown(E row) {
    int rank = rankOf.applyAsInt(row);
    return rank >= 0 && rank < known.size() && known.get(rank) == row;
  }

  private int[] sortedOrder() {
    List<? extends E> source = getSource();
    int n = source.size();
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Comparator<? super E> cmp = comparator.get();
    if (cmp != null) {
      Arrays.sort(idx, (a, b) -> cmp.compare(source.get(a), source.get(b)));
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = idx[i];
    }
    return out;
  }

  /**
   * Fills {@link #view} with the source rows at {@link #order}: in a new array when {@code keepOld}
   * (the change about to fire names the old rows as removed), else in the old one if it has room,
   * so that the pages of a load do not each leave a copy of every row behind.
   */
  private void fillView(boolean keepOld) {
    List<? extends E> source = getSource();
    Object[] next = view;
    if (keepOld || next.length < order.length) {
      next = new Object[keepOld ? order.length : order.length + order.length / 2];
    }
    for (int v = 0; v < order.length; v++) {
      next[v] = source.get(order[v]);
    }
    Arrays.fill(next, order.length, next.length, null);
    view = next;
  }

  /** The rows in view order as a list (of the current array; the next change makes a new one). */
  @SuppressWarnings("unchecked") // only source rows are put in
  private List<E> viewList() {
    return (List<E>) Arrays.asList(view).subList(0, order.length);
  }
}
