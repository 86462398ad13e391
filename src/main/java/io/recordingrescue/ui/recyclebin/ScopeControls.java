package io.recordingrescue.ui.recyclebin;

import io.recordingrescue.ui.Messages;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * The start of the tool bar: whose bin is listed. An admin picks the whole org or one owner's
 * e-mail; anyone else sees a label, as only their own bin can be listed.
 */
final class ScopeControls {
  private final RecycleBinViewModel vm;
  private final Messages m;

  ScopeControls(RecycleBinViewModel vm, Messages messages) {
    this.vm = vm;
    this.m = messages;
  }

  List<Node> nodes() {
    if (!vm.isAdmin()) {
      return List.of(new Label(m.get("scope.mine")));
    }
    Label scopeLabel = new Label(m.get("scope.label"));
    ComboBox<Boolean> scope = new ComboBox<>();
    scope.setId("scopeChoice");
    scope.getItems().addAll(true, false);
    scope.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Boolean org) {
            return org == null ? "" : m.get(org ? "scope.org" : "scope.owner");
          }

          @Override
          public Boolean fromString(String s) {
            return m.get("scope.org").equals(s);
          }
        });
    scope.valueProperty().bindBidirectional(vm.wholeOrgProperty().asObject());
    scopeLabel.setLabelFor(scope);
    scopeLabel.setMnemonicParsing(true);
    TextField owner = ownerField();
    scope
        .valueProperty()
        .addListener(
            (o, was, now) -> {
              // The whole org can be listed at once; one owner needs an e-mail typed first.
              if (Boolean.TRUE.equals(now)) {
                vm.refresh();
              } else {
                owner.requestFocus();
              }
            });
    return List.of(scopeLabel, scope, owner);
  }

  private TextField ownerField() {
    TextField owner = new TextField();
    owner.setId("scopeOwner");
    owner.setPromptText(m.get("scope.owner.prompt"));
    owner.setTooltip(new Tooltip(m.get("scope.owner.tip")));
    owner.setAccessibleText(m.get("scope.owner.tip"));
    owner.textProperty().bindBidirectional(vm.scopeOwnerProperty());
    owner.disableProperty().bind(vm.wholeOrgProperty());
    owner.setOnAction(e -> vm.refresh());
    owner.setPrefColumnCount(16);
    return owner;
  }
}
