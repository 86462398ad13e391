package io.recordingrescue.ui.main;

import io.recordingrescue.ui.Messages;
import io.recordingrescue.ui.ModeNotice;
import io.recordingrescue.ui.UserContext;
import io.recordingrescue.ui.WindowPrefs;
import io.recordingrescue.ui.history.HistoryView;
import io.recordingrescue.ui.history.HistoryViewModel;
import io.recordingrescue.ui.history.ResumePrompt;
import io.recordingrescue.ui.incident.IncidentDialog;
import io.recordingrescue.ui.incident.IncidentViewModel;
import io.recordingrescue.ui.jobs.JobsView;
import io.recordingrescue.ui.jobs.JobsViewModel;
import io.recordingrescue.ui.recyclebin.RecycleBinView;
import io.recordingrescue.ui.recyclebin.RecycleBinViewModel;
import io.recordingrescue.ui.restoreall.RestoreAllDialog;
import io.recordingrescue.ui.restoreall.RestoreAllViewModel;
import io.recordingrescue.ui.restorebyids.RestoreByIdsDialog;
import io.recordingrescue.ui.restorebyids.RestoreByIdsViewModel;
import java.net.URL;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: menus, the recycle-bin view and the jobs panel, on one stage. */
public final class MainWindow {
  /** The window title; tests and screenshots look for it. */
  public static final String TITLE = ModeNotice.APP_TITLE;

  private final Stage stage;
  private final RecycleBinViewModel bin;
  private final Supplier<RestoreAllViewModel> restoreAll;
  private final Supplier<RestoreByIdsViewModel> byIds;
  private final Supplier<IncidentViewModel> incident;
  private final Messages m;
  private final WindowPrefs prefs;
  private final RecycleBinView binView;
  private final Supplier<HistoryViewModel> history;
  private final ResumePrompt resumePrompt;
  private final ZoneId zone;
  private final Locale locale;
  private final BorderPane root;
  private Menu fileMenu;

  public MainWindow(
      Stage stage,
      RecycleBinViewModel bin,
      JobsViewModel jobs,
      Supplier<RestoreAllViewModel> restoreAll,
      Supplier<RestoreByIdsViewModel> byIds,
      Supplier<IncidentViewModel> incident,
      Messages messages,
      WindowPrefs prefs,
      UserContext user,
      Supplier<HistoryViewModel> history,
      ResumePrompt resumePrompt,
      ZoneId zone,
      Locale locale) {
    this.stage = stage;
    this.history = history;
    this.resumePrompt = resumePrompt;
    this.zone = zone;
    this.locale = locale;
    this.bin = bin;
    this.restoreAll = restoreAll;
    this.byIds = byIds;
    this.incident = incident;
    this.m = messages;
    this.prefs = prefs;
    this.binView = new RecycleBinView(bin, messages);
    binView.setBottomExtra(new JobsView(jobs, messages).root());

    root = new BorderPane(binView.root());
    root.setTop(menuBar(user));
    Scene scene = new Scene(root, 1280, 800);
    // The stylesheet sits beside Messages in ui, shared with the other windows.
    URL css = Messages.class.getResource("app.css");
    if (css != null) {
      scene.getStylesheets().add(css.toExternalForm());
    }
    stage.setScene(scene);
    stage.setTitle(TITLE);
    URL icon = findIcon();
    if (icon != null) {
      stage.getIcons().add(new Image(icon.toExternalForm(), true));
    }
    prefs.restore(stage);
    prefs.restore(binView.table());
    stage.setOnHiding(
        e -> {
          prefs.save(stage);
          prefs.save(binView.table());
        });
  }

  /** The build copies the app icon from assets/ onto the class path. */
  private static URL findIcon() {
    return MainWindow.class.getResource("/assets/icon-256.png");
  }

  /** Shows the window, starts loading the bin and looks for unfinished jobs to resume. */
  public void show() {
    stage.show();
    binView.table().requestFocus();
    bin.refresh();
    resumePrompt.check();
  }

  /** Opens the job history window. */
  public HistoryView openHistory() {
    HistoryView view = new HistoryView(history.get(), m, stage, zone, locale);
    view.show();
    return view;
  }

  /**
   * Account hook: puts {@code bar} (who is signed in, sign-out, banners) under the menus and adds
   * {@code fileItems} at the top of the File menu.
   */
  public void addAccountControls(javafx.scene.Node bar, MenuItem... fileItems) {
    root.setTop(new javafx.scene.layout.VBox(root.getTop(), bar));
    fileMenu.getItems().addAll(0, java.util.List.of(fileItems));
    fileMenu.getItems().add(fileItems.length, new SeparatorMenuItem());
  }

  /** Settings hook: File > Settings… (language, theme, sign-in settings) just above Exit. */
  public void addSettingsItem(Runnable openSettings) {
    MenuItem settings =
        item("menu.file.settings", "mdi2c-cog-outline", null, "menuSettings", openSettings);
    int exit = fileMenu.getItems().size() - 1;
    fileMenu.getItems().add(exit, settings);
  }

  /** The bin's view model (benchmarks and tests watch its loading and rows). */
  public RecycleBinViewModel binViewModel() {
    return bin;
  }

  public RecycleBinView binView() {
    return binView;
  }

  public void openRestoreAll() {
    new RestoreAllDialog(restoreAll.get(), m, stage).show();
  }

  /** "Restore all for several owners…": administrators only. */
  public IncidentDialog openIncident() {
    IncidentDialog dialog = new IncidentDialog(incident.get(), m, stage);
    dialog.show();
    return dialog;
  }

  /** Opens the incident dialog and goes on with an unfinished incident there. */
  public void resumeIncident(String incidentId) {
    IncidentViewModel vm = incident.get();
    new IncidentDialog(vm, m, stage).show();
    vm.resume(incidentId);
  }

  public void openRestoreByIds() {
    new RestoreByIdsDialog(byIds.get(), m, stage).show();
  }

  private MenuBar menuBar(UserContext user) {
    fileMenu =
        menu(
            "menu.file",
            item("menu.file.refresh", "mdi2r-refresh", "F5", null, bin::refresh),
            new SeparatorMenuItem(),
            item("menu.file.exit", null, null, null, stage::close));
    Menu edit =
        menu(
            "menu.edit",
            item("menu.edit.find", "mdi2m-magnify", "Shortcut+F", null, binView::focusSearch),
            item("menu.edit.selectAll", null, "Shortcut+A", null, this::selectAllRows),
            new SeparatorMenuItem(),
            item(
                "menu.edit.copyIds",
                "mdi2c-content-copy",
                "Shortcut+C",
                null,
                binView::copySelectedIds),
            item("menu.edit.copyRows", null, "Shortcut+Shift+C", null, binView::copySelectedRows));
    Menu restore =
        menu(
            "menu.restore",
            item(
                "menu.restore.selected",
                "mdi2d-delete-restore",
                "Shortcut+R",
                "menuRestoreSelected",
                bin::restoreSelected),
            item(
                user.admin() ? "menu.restore.all" : "menu.restore.allMine",
                "mdi2a-account-arrow-left",
                "Shortcut+Shift+R",
                "menuRestoreAll",
                this::openRestoreAll),
            item(
                "menu.restore.byIds",
                "mdi2f-format-list-numbered",
                "Shortcut+I",
                "menuRestoreByIds",
                this::openRestoreByIds),
            new SeparatorMenuItem(),
            item(
                "menu.restore.history",
                "mdi2h-history",
                "Shortcut+Shift+H",
                "menuHistory",
                this::openHistory));
    if (IncidentViewModel.offeredTo(user)) {
      // Several owners at once is an administrator's action: users never see it.
      restore
          .getItems()
          .add(
              2,
              item(
                  "menu.restore.incident",
                  "mdi2a-account-multiple",
                  null,
                  "menuRestoreIncident",
                  this::openIncident));
    }
    restore.setId("menuRestore");
    MenuBar bar = new MenuBar(fileMenu, edit, restore);
    bar.setId("menuBar");
    return bar;
  }

  private void selectAllRows() {
    binView.table().requestFocus();
    binView.table().getSelectionModel().selectAll();
  }

  private Menu menu(String key, MenuItem... items) {
    Menu menu = new Menu(m.get(key));
    menu.setMnemonicParsing(true);
    menu.getItems().addAll(items);
    return menu;
  }

  /**
   * A menu item with its text, and optionally an icon, a shortcut (as {@link
   * KeyCombination#keyCombination} reads it) and a node id for tests.
   */
  private MenuItem item(String key, String icon, String shortcut, String id, Runnable action) {
    MenuItem item =
        icon == null ? new MenuItem(m.get(key)) : new MenuItem(m.get(key), new FontIcon(icon));
    item.setMnemonicParsing(true);
    if (shortcut != null) {
      item.setAccelerator(KeyCombination.keyCombination(shortcut));
    }
    item.setId(id);
    item.setOnAction(e -> action.run());
    return item;
  }
}
