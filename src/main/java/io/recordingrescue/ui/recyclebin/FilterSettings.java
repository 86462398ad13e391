package io.recordingrescue.ui.recyclebin;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;

/** What the filter bar edits: the search text and the quick filters. */
final class FilterSettings {
  private final StringProperty search = new SimpleStringProperty("");
  private final ObjectProperty<String> ownerType =
      new SimpleObjectProperty<>(RecycleBinViewModel.ANY);
  private final ObjectProperty<String> serviceType =
      new SimpleObjectProperty<>(RecycleBinViewModel.ANY);
  private final ObjectProperty<LocalDate> createdFrom = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> createdTo = new SimpleObjectProperty<>();

  /** Runs {@code action} after any of the settings changed. */
  void onChange(Runnable action) {
    ChangeListener<Object> listener = (obs, was, now) -> action.run();
    search.addListener(listener);
    ownerType.addListener(listener);
    serviceType.addListener(listener);
    createdFrom.addListener(listener);
    createdTo.addListener(listener);
  }

  /** The settings now, for the {@link BinFilter}. */
  BinFilter.Criteria criteria() {
    return new BinFilter.Criteria(
        SearchQuery.parse(search.get()),
        ownerType.get(),
        serviceType.get(),
        createdFrom.get(),
        createdTo.get());
  }

  StringProperty search() {
    return search;
  }

  ObjectProperty<String> ownerType() {
    return ownerType;
  }

  ObjectProperty<String> serviceType() {
    return serviceType;
  }

  ObjectProperty<LocalDate> createdFrom() {
    return createdFrom;
  }

  ObjectProperty<LocalDate> createdTo() {
    return createdTo;
  }
}
