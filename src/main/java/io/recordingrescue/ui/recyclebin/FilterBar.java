package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.Messages;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.util.StringConverter;

/** The second tool bar: quick filters by owner type, service type and creation date. */
final class FilterBar {
  private FilterBar() {}

  static ToolBar build(RecycleBinViewModel vm, Messages m) {
    ComboBox<String> ownerType = quickFilter("ownerTypeFilter", vm.loaded().ownerTypes(), m);
    ownerType.valueProperty().bindBidirectional(vm.ownerTypeFilterProperty());
    ComboBox<String> serviceType = quickFilter("serviceTypeFilter", vm.loaded().serviceTypes(), m);
    serviceType.valueProperty().bindBidirectional(vm.serviceTypeFilterProperty());
    DatePicker from = datePicker("createdFrom", m.get("filter.from"));
    from.valueProperty().bindBidirectional(vm.createdFromProperty());
    DatePicker to = datePicker("createdTo", m.get("filter.to"));
    to.valueProperty().bindBidirectional(vm.createdToProperty());
    ToolBar filters = new ToolBar();
    filters
        .getItems()
        .addAll(
            label(m.get("filter.ownerType"), ownerType),
            ownerType,
            label(m.get("filter.serviceType"), serviceType),
            serviceType,
            label(m.get("filter.from"), from),
            from,
            label(m.get("filter.to"), to),
            to);
    return filters;
  }

  /** A label whose mnemonic focuses {@code target}. */
  private static Label label(String text, Node target) {
    Label l = new Label(text);
    l.setMnemonicParsing(true);
    l.setLabelFor(target);
    return l;
  }

  /** A choice of the values seen in the bin; the empty value shows as "any". */
  private static ComboBox<String> quickFilter(String id, ObservableList<String> items, Messages m) {
    ComboBox<String> box = new ComboBox<>(items);
    box.setId(id);
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String s) {
            return s == null || s.isEmpty() ? m.get("filter.any") : s;
          }

          @Override
          public String fromString(String s) {
            return m.get("filter.any").equals(s) ? RecycleBinViewModel.ANY : s;
          }
        });
    return box;
  }

  private static DatePicker datePicker(String id, String accessible) {
    DatePicker p = new DatePicker();
    p.setId(id);
    p.setPrefWidth(130);
    // The label's text carries a mnemonic underscore; a screen reader should not read it.
    p.setAccessibleText(accessible.replace("_", ""));
    return p;
  }
}
