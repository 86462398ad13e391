package io.recordingrescue.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Walks what a window shows under the pseudo-locale ({@link messages_en_XA}) and lists every
 * visible text that carries no {@code [!!} marker (so it did not come from the bundle) and every
 * label whose text is cut off with an ellipsis. Rows of tables are data and are not looked at;
 * other data is named by id. Call on the FX thread.
 */
public final class PseudoLocaleAudit {
  private final Set<String> dataIds;
  private final Set<String> brandTitles;
  private final List<String> problems = new ArrayList<>();

  /** A window open over several screens reports each problem once. */
  private final Set<String> seen = new java.util.HashSet<>();

  /**
   * @param dataIds ids of nodes whose text is data (an e-mail address, pasted ids), not wording;
   *     {@code detail-*} names every id that starts with {@code detail-}
   * @param brandTitles window titles that are the product's name, the same in every language
   */
  public PseudoLocaleAudit(Set<String> dataIds, Set<String> brandTitles) {
    this.dataIds = dataIds;
    this.brandTitles = brandTitles;
  }

  /** Audits every showing window; {@code screen} names them in the problems. */
  public List<String> auditShowingWindows(String screen) {
    List<String> found = new ArrayList<>();
    for (Window w : new ArrayList<>(Window.getWindows())) {
      if (w.isShowing() && w.getScene() != null) {
        found.addAll(audit(screen, w));
      }
    }
    return found;
  }

  /** Problems in one window (also kept for {@link #problems()}). */
  public List<String> audit(String screen, Window window) {
    List<String> found = new ArrayList<>();
    if (window instanceof Stage stage) {
      String title = stage.getTitle();
      if (title != null && !title.isBlank() && !brandTitles.contains(title) && !marked(title)) {
        found.add(screen + ": window title not from the bundle: \"" + title + "\"");
      }
    }
    window.getScene().getRoot().applyCss();
    window.getScene().getRoot().layout();
    walk(screen, window.getScene().getRoot(), found);
    for (String problem : found) {
      if (seen.add(problem.substring(problem.indexOf(": ") + 2))) {
        problems.add(problem);
      }
    }
    return found;
  }

  public List<String> problems() {
    return problems;
  }

  private void walk(String screen, Node node, List<String> found) {
    if (!node.isVisible() || node.getOpacity() == 0 || isData(node.getId())) {
      return;
    }
    if (node instanceof IndexedCell<?> cell && insideTable(cell)) {
      return; // a row of data
    }
    if (node instanceof Labeled labeled) {
      checkLabeled(screen, labeled, found);
    } else if (node instanceof Text text
        && !(node.getParent() instanceof Labeled)
        && !node.getClass().getName().startsWith("org.kordamp.ikonli")) { // icon glyphs
      if (!insideTextInput(text)) {
        check(screen, node, "text", text.getText(), found);
      }
    }
    if (node instanceof Control control) {
      Tooltip tip = control.getTooltip();
      if (tip != null) {
        check(screen, node, "tooltip", tip.getText(), found);
      }
      if (control.getContextMenu() != null) {
        control.getContextMenu().getItems().forEach(i -> checkItem(screen, node, i, found));
      }
    }
    if (node instanceof TextInputControl input) {
      check(screen, node, "prompt", input.getPromptText(), found);
      if (!input.isEditable()) {
        check(screen, node, "read-only text", input.getText(), found);
      }
    }
    if (node instanceof ComboBoxBase<?> combo && combo.getPromptText() != null) {
      check(screen, node, "prompt", combo.getPromptText(), found);
    }
    if (node instanceof MenuBar bar) {
      for (Menu menu : bar.getMenus()) {
        checkItem(screen, node, menu, found);
      }
    }
    if (node instanceof ToolBar bar) {
      for (Node child : bar.getChildrenUnmodifiable()) {
        if (child.getStyleClass().contains("tool-bar-overflow-button") && child.isVisible()) {
          found.add(screen + ": cut off: " + describe(bar) + " hides items behind its » button");
        }
      }
    }
    if (node instanceof TableView<?> table) {
      checkColumns(screen, table, table.getColumns(), found);
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        walk(screen, child, found);
      }
    }
  }

  private void checkLabeled(String screen, Labeled labeled, List<String> found) {
    String text = labeled.getText();
    if (text == null || text.isBlank()) {
      return;
    }
    check(screen, labeled, "text", text, found);
    String shown = shownText(labeled);
    String ellipsis = labeled.getEllipsisString();
    if (shown != null
        && ellipsis != null
        && !ellipsis.isEmpty()
        && shown.contains(ellipsis)
        && !text.contains(ellipsis)) {
      found.add(
          screen
              + ": cut off: "
              + describe(labeled)
              + " shows \""
              + shown
              + "\" of \""
              + text
              + "\"");
    }
  }

  /** The skin's text node: what the label really shows after clipping. */
  private static String shownText(Labeled labeled) {
    for (Node child : labeled.getChildrenUnmodifiable()) {
      if (child instanceof Text t && child.getStyleClass().contains("text")) {
        return t.getText();
      }
    }
    return null;
  }

  private void checkColumns(
      String screen,
      TableView<?> table,
      List<? extends TableColumnBase<?, ?>> columns,
      List<String> found) {
    for (TableColumnBase<?, ?> c : columns) {
      if (!c.isVisible()) {
        continue;
      }
      if (c.getText() != null && !c.getText().isBlank()) {
        check(screen, table, "column " + c.getId(), c.getText(), found);
      }
      checkColumns(screen, table, c.getColumns(), found);
    }
  }

  private void checkItem(String screen, Node owner, MenuItem item, List<String> found) {
    if (item instanceof SeparatorMenuItem || !item.isVisible()) {
      return;
    }
    check(screen, owner, "menu item " + item.getId(), item.getText(), found);
    if (item instanceof Menu menu) {
      menu.getItems().forEach(i -> checkItem(screen, owner, i, found));
    }
  }

  private void check(String screen, Node node, String what, String text, List<String> found) {
    if (text != null && !text.isBlank() && !marked(text)) {
      found.add(
          screen
              + ": not from the bundle: "
              + what
              + " of "
              + describe(node)
              + ": \""
              + text
              + "\"");
    }
  }

  /** An id in {@code dataIds}, or one starting with an entry that ends in {@code *}. */
  private boolean isData(String id) {
    if (id == null) {
      return false;
    }
    for (String data : dataIds) {
      if (data.endsWith("*")
          ? id.startsWith(data.substring(0, data.length() - 1))
          : id.equals(data)) {
        return true;
      }
    }
    return false;
  }

  private static boolean marked(String text) {
    return text.contains(messages_en_XA.START) && text.contains(messages_en_XA.END);
  }

  private static boolean insideTable(Node node) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n instanceof TableView<?>) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideTextInput(Node node) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n instanceof TextInputControl) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Node node) {
    StringBuilder path = new StringBuilder(node.getClass().getSimpleName());
    if (node.getId() != null) {
      path.append('#').append(node.getId());
    }
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n.getId() != null) {
        path.append(" in ").append(n.getClass().getSimpleName()).append('#').append(n.getId());
        break;
      }
    }
    return path.toString();
  }
}
