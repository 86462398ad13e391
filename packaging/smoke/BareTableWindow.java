import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The yardstick of packaging/smoke.sh: the least a JavaFX app can show, an empty TableView with
 * two columns in a window, started on the app-image's own runtime. The app's launch-to-window time
 * is reported as a ratio to this window's. Compiled by smoke.sh against that runtime (javac
 * --system), never part of the app.
 */
public final class BareTableWindow extends Application {
  @Override
  public void start(Stage stage) {
    TableView<String> table = new TableView<>();
    table.getColumns().add(new TableColumn<String, String>("Topic"));
    table.getColumns().add(new TableColumn<String, String>("Deleted"));
    stage.setTitle(System.getProperty("bare.title", "Bare TableView"));
    stage.setScene(new Scene(table, 1280, 800));
    stage.show();
  }

  public static void main(String[] args) {
    launch(args);
  }
}
