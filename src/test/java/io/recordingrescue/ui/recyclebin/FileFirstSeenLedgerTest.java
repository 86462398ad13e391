package io.recordingrescue.ui.recyclebin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger keeps each id's first sighting across runs, adds a page's new ids without writing the
 * file again, and a damaged or outdated file costs only the estimate of the ids it spoiled.
 */
class FileFirstSeenLedgerTest {
  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

  @TempDir Path dataDir;

  private Properties onDisk() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(FileFirstSeenLedger.in(dataDir).file())) {
      p.load(in);
    }
    return p;
  }

  @Test
  void theFirstSightingOfEachIdOutlivesTheApp() {
    FileFirstSeenLedger ledger = FileFirstSeenLedger.in(dataDir);
    assertThat(ledger.see(List.of("a", "b"), T0))
        .containsOnly(Map.entry("a", T0), Map.entry("b", T0));
    Instant later = T0.plus(Duration.ofDays(3));
    assertThat(ledger.see(List.of("b", "c"), later))
        .containsOnly(Map.entry("b", T0), Map.entry("c", later));

    FileFirstSeenLedger afterRestart = FileFirstSeenLedger.in(dataDir);
    assertThat(afterRestart.see(List.of("a", "c", "d"), later.plusSeconds(60)))
        .containsOnly(
            Map.entry("a", T0), Map.entry("c", later), Map.entry("d", later.plusSeconds(60)));
  }

  @Test
  void eachPageAppendsItsNewIdsAndLeavesWhatIsWrittenAlone() throws IOException {
    FileFirstSeenLedger ledger = FileFirstSeenLedger.in(dataDir);
    List<String> all = new ArrayList<>();
    byte[] before = new byte[0];
    for (int page = 0; page < 50; page++) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        ids.add("id-" + page + "-" + i);
      }
      all.addAll(ids);
      ledger.see(ids, T0.plusSeconds(page));
      byte[] now = Files.readAllBytes(ledger.file());
      if (before.length > 0) {
        assertThat(now).startsWith(before); // appended, not written again
      }
      before = now;
    }
    ledger.see(all.subList(0, 500), T0.plusSeconds(99)); // all known: nothing written
    assertThat(Files.readAllBytes(ledger.file())).isEqualTo(before);
    Properties p = onDisk();
    assertThat(p.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(all);
    assertThat(p.getProperty("id-7-3")).isEqualTo(Long.toString(T0.plusSeconds(7).toEpochMilli()));
  }

  @Test
  void entriesPastWebexsRetentionAndDamagedLinesAreDroppedWhenTheFileIsRead() throws IOException {
    Path file = FileFirstSeenLedger.in(dataDir).file();
    long old = T0.minus(Duration.ofDays(61)).toEpochMilli();
    long recent = T0.minus(Duration.ofDays(5)).toEpochMilli();
    Files.writeString(
        file,
        "old=" + old + "\nrecent=" + recent + "\nbad=yesterday\ncut=17",
        StandardCharsets.ISO_8859_1);

    FileFirstSeenLedger ledger = FileFirstSeenLedger.in(dataDir);
    Map<String, Instant> seen = ledger.see(List.of("old", "recent", "bad", "fresh"), T0);
    assertThat(seen)
        .containsOnly(
            Map.entry("old", T0), // purged by Webex since: this is a new deletion
            Map.entry("recent", Instant.ofEpochMilli(recent)),
            Map.entry("bad", T0),
            Map.entry("fresh", T0));
    Properties p = onDisk();
    assertThat(p.getProperty("old")).isEqualTo(Long.toString(T0.toEpochMilli()));
    assertThat(p.getProperty("bad")).isEqualTo(Long.toString(T0.toEpochMilli()));
    assertThat(p.getProperty("recent")).isEqualTo(Long.toString(recent));
    // "cut=17" was a sighting in 1970, long past retention: gone.
    assertThat(p.getProperty("cut")).isNull();
  }

  @Test
  void aLineACrashCutShortSpoilsOnlyItsOwnId() throws IOException {
    FileFirstSeenLedger first = FileFirstSeenLedger.in(dataDir);
    first.see(List.of("kept"), T0);
    // The app died while appending "torn=<millis>": no line break after it.
    Files.writeString(
        first.file(),
        "torn=" + T0.toEpochMilli(),
        StandardCharsets.ISO_8859_1,
        java.nio.file.StandardOpenOption.APPEND);
    FileFirstSeenLedger second = FileFirstSeenLedger.in(dataDir);
    Instant later = T0.plusSeconds(3600);
    second.see(List.of("next"), later); // appended after the torn line

    FileFirstSeenLedger third = FileFirstSeenLedger.in(dataDir);
    Instant now = later.plusSeconds(1);
    assertThat(third.see(List.of("kept", "next", "torn"), now))
        .containsOnly(
            Map.entry("kept", T0),
            Map.entry("next", later), // written after the torn line, and whole
            Map.entry("torn", now)); // the torn line ran into the next one: seen anew
    assertThat(onDisk().getProperty("next")).isEqualTo(Long.toString(later.toEpochMilli()));
  }

  @Test
  void anUnreadableFileStartsTheEstimateOver() throws IOException {
    Path file = FileFirstSeenLedger.in(dataDir).file();
    Files.writeString(file, "a=\\u12zz\n", StandardCharsets.ISO_8859_1); // a broken escape
    FileFirstSeenLedger ledger = FileFirstSeenLedger.in(dataDir);
    assertThat(ledger.see(List.of("a"), T0)).containsOnly(Map.entry("a", T0));
    assertThat(onDisk().getProperty("a")).isEqualTo(Long.toString(T0.toEpochMilli()));
  }

  @Test
  void aFileThatCannotBeWrittenCostsTheMemoryAcrossRestartsNotTheScan() throws IOException {
    // The data folder's place is taken by a file: no folder can be made there (as root too).
    Path blocked = Files.writeString(dataDir.resolve("blocked"), "not a folder");
    FileFirstSeenLedger ledger = FileFirstSeenLedger.in(blocked);
    assertThat(ledger.notSavedBecause()).isEmpty();

    assertThat(ledger.see(List.of("a", "b"), T0))
        .containsOnly(Map.entry("a", T0), Map.entry("b", T0));
    Instant later = T0.plus(Duration.ofDays(2));
    assertThat(ledger.see(List.of("b", "c"), later))
        .as("this session's sightings are kept in memory")
        .containsOnly(Map.entry("b", T0), Map.entry("c", later));

    assertThat(ledger.notSavedBecause())
        .hasValueSatisfying(why -> assertThat(why).startsWith(ledger.file().toString() + ": "));
    assertThat(Files.readString(blocked)).isEqualTo("not a folder");
  }

  @Test
  void aLedgerThatCannotBeRewrittenKeepsWhatItCouldRead() throws IOException {
    Path file = FileFirstSeenLedger.in(dataDir).file();
    Files.writeString(file, "kept=" + T0.toEpochMilli() + "\nold=1\n");
    // The temporary file the rewrite needs cannot be made: a folder holds its name.
    Files.createDirectories(file.resolveSibling(file.getFileName() + ".tmp").resolve("x"));
    FileFirstSeenLedger ledger = FileFirstSeenLedger.in(dataDir);

    Instant now = T0.plus(Duration.ofDays(1));
    assertThat(ledger.see(List.of("kept", "new"), now))
        .containsOnly(Map.entry("kept", T0), Map.entry("new", now));
    assertThat(ledger.notSavedBecause()).isPresent();
    assertThat(onDisk()).containsKeys("kept", "old").doesNotContainKey("new");
  }
}
