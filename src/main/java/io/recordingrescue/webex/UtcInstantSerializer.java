package io.recordingrescue.webex;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Writes a time as Webex sends it, the text {@link Instant#toString} gives ({@code
 * 2026-03-01T12:00:00Z}, with 3, 6 or 9 fraction digits when the nanoseconds need them), from its
 * digits. The JavaTimeModule's serializer formats through a {@code DateTimeFormatter}, with a
 * string builder and a date-time per value: the sandbox's pages of a 50,000-recording load
 * allocated about 55 MB of it per load (JFR), in the same process as the window in sandbox mode.
 * Years outside 0000-9999 (printed with a sign) go through {@link Instant#toString}.
 */
final class UtcInstantSerializer extends StdScalarSerializer<Instant> {
  private static final long SECONDS_PER_DAY = 86_400;
  private static final long FIRST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  UtcInstantSerializer() {
    super(Instant.class);
  }

  @Override
  public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    long seconds = value.getEpochSecond();
    if (seconds < FIRST || seconds > LAST) {
      gen.writeString(value.toString());
      return;
    }
    char[] text = new char[30];
    int length = format(seconds, value.getNano(), text);
    gen.writeString(text, 0, length);
  }

  /** Writes {@code uuuu-MM-ddTHH:mm:ss[.fff[fff[fff]]]Z} into {@code out}; returns its length. */
  static int format(long epochSecond, int nano, char[] out) {
    long days = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
    // Days to a civil date (Howard Hinnant's algorithm): eras of 400 years starting in March.
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    int dayOfEra = (int) (z - era * 146_097);
    int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int shiftedMonth = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    int year = (int) (yearOfEra + era * 400) + (month <= 2 ? 1 : 0);

    digits(out, 0, year, 4);
    out[4] = '-';
    digits(out, 5, month, 2);
    out[7] = '-';
    digits(out, 8, day, 2);
    out[10] = 'T';
    digits(out, 11, secondOfDay / 3600, 2);
    out[13] = ':';
    digits(out, 14, secondOfDay / 60 % 60, 2);
    out[16] = ':';
    digits(out, 17, secondOfDay % 60, 2);
    int at = 19;
    if (nano != 0) {
      out[at++] = '.';
      if (nano % 1_000_000 == 0) {
        digits(out, at, nano / 1_000_000, 3);
        at += 3;
      } else if (nano % 1_000 == 0) {
        digits(out, at, nano / 1_000, 6);
        at += 6;
      } else {
        digits(out, at, nano, 9);
        at += 9;
      }
    }
    out[at++] = 'Z';
    return at;
  }

  private static void digits(char[] out, int from, int value, int count) {
    for (int i = from + count - 1; i >= from; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
