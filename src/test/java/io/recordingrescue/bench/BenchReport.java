package io.recordingrescue.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects figures, prints each as {@code BENCH <name> <value> <unit>} and a summary at the end.
 */
final class BenchReport {
  private record Figure(String name, double value, String unit, String note) {}

  private final List<Figure> figures = new ArrayList<>();

  void figure(String name, double value, String unit, String note) {
    figures.add(new Figure(name, value, unit, note));
    System.out.printf(Locale.ROOT, "BENCH %s %.3f %s%n", name, value, unit);
    System.out.flush();
  }

  void printSummary() {
    System.out.println();
    System.out.printf(Locale.ROOT, "%-40s %14s  %-8s %s%n", "figure", "value", "unit", "note");
    for (Figure f : figures) {
      System.out.printf(
          Locale.ROOT, "%-40s %14.3f  %-8s %s%n", f.name(), f.value(), f.unit(), f.note());
    }
  }
}
