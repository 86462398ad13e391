package io.recordingrescue.sandbox.data;

import io.recordingrescue.sandbox.SandboxConfig;
import io.recordingrescue.webex.Recording;
import io.recordingrescue.webex.RecordingValues;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Builds a reproducible data set from a seed: owners, then recordings spread over the last 365
 * days. Only {@link Random} seeded from the config is used, so the same config gives the same data.
 */
final class DataGenerator {

  /** Owner 0 is the user token's owner; they own this share of all recordings. */
  private static final double USER_SHARE = 0.3;

  private static final String DOMAIN = "sandbox.example.com";
  private static final String[] REGIONS = {"US", "SG", "GB", "JP", "DE", "AU", "IN", "CA"};
  private static final String[][] PEOPLE = {
    {"alex.morgan", "Alex Morgan"},
    {"zoe.muller", "Zoë Müller"},
    {"jose.alvarez", "José Álvarez"},
    {"li.wei", "李伟 (Li Wei)"},
    {"priya.nair", "Priya Nair"},
    {"sven.olsen", "Sven Ølsen"},
    {"amelie.dubois", "Amélie Dubois"},
    {"kenji.sato", "佐藤 健二"},
    {"olga.ivanova", "Ольга Иванова"},
    {"sam.taylor", "Sam Taylor"},
  };
  private static final String[] TOPICS = {
    "Weekly team sync",
    "Réunion d'équipe – 北京",
    "Ça va? 👋",
    "Customer escalation – ticket 48213",
    "Besprechung mit Jürgen über Größenänderung",
    "Llamada con José Núñez",
    "Встреча с командой поддержки",
    "週次定例ミーティング",
    "مكالمة مع العميل",
    "Sales demo — ACME Corp",
    "Onboarding call",
    "Voicemail follow-up",
    "Support queue callback",
    "Release party 🎉🚀",
    "Quarterly review Q3 \"final\" <draft> & notes",
    "",
  };
  private static final String LONG_TOPIC_PART =
      "Board meeting minutes, agenda items, follow-ups and decisions – Protokoll der Sitzung – ";

  private final SandboxConfig config;
  private final Random random;

  DataGenerator(SandboxConfig config) {
    this.config = config;
    this.random = new Random(config.seed());
  }

  DataSet generate() {
    Instant now = config.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    List<Owner> owners = owners();
    List<Recording> recordings = new ArrayList<>(config.recordCount());
    long yearSeconds = Duration.ofDays(365).toSeconds();
    for (int i = 0; i < config.recordCount(); i++) {
      Owner owner =
          owners.size() == 1 || random.nextDouble() < USER_SHARE
              ? owners.get(0)
              : owners.get(1 + random.nextInt(owners.size() - 1));
      Instant created = now.minusSeconds(1 + (long) (random.nextDouble() * (yearSeconds - 1)));
      recordings.add(recording(i, owner, created));
    }
    return new DataSet(owners, recordings);
  }

  private List<Owner> owners() {
    List<Owner> owners = new ArrayList<>(config.ownerCount());
    for (int i = 0; i < config.ownerCount(); i++) {
      String type = i == 0 ? RecordingValues.OWNER_USER : ownerType(i);
      String[] person = PEOPLE[i % PEOPLE.length];
      String suffix = i < PEOPLE.length ? "" : String.valueOf(i / PEOPLE.length);
      String local =
          switch (type) {
            case RecordingValues.OWNER_USER -> person[0] + suffix;
            case RecordingValues.OWNER_PLACE -> "place-lobby-" + i;
            case RecordingValues.OWNER_VIRTUAL_LINE -> "virtual-line-" + i;
            default -> "queue-support-" + i;
          };
      String display =
          type.equals(RecordingValues.OWNER_USER)
              ? person[1] + (suffix.isEmpty() ? "" : " " + suffix)
              : local.replace('-', ' ');
      owners.add(
          new Owner(
              uuid().toString(),
              local.toLowerCase(Locale.ROOT) + "@" + DOMAIN,
              display,
              type,
              REGIONS[random.nextInt(REGIONS.length)],
              uuid().toString()));
    }
    return owners;
  }

  private static String ownerType(int i) {
    return switch (i % 6) {
      case 3 -> RecordingValues.OWNER_PLACE;
      case 4 -> RecordingValues.OWNER_VIRTUAL_LINE;
      case 5 -> RecordingValues.OWNER_CALL_QUEUE;
      default -> RecordingValues.OWNER_USER;
    };
  }

  private Recording recording(int index, Owner owner, Instant created) {
    String id = uuid().toString();
    long duration = 5 + Math.min(7_200, (long) (-Math.log(1 - random.nextDouble()) * 300));
    Instant recorded = created.minusSeconds(duration + random.nextInt(120));
    long size = duration * 16_000 + random.nextInt(4_000);
    String serviceType =
        owner.ownerType().equals(RecordingValues.OWNER_CALL_QUEUE) || random.nextDouble() < 0.1
            ? RecordingValues.SERVICE_CUSTOMER_ASSIST
            : RecordingValues.SERVICE_CALLING;
    String status =
        random.nextDouble() < config.deletedFraction()
            ? RecordingValues.STATUS_DELETED
            : RecordingValues.STATUS_AVAILABLE;
    String topic = topic(index);
    String callSession = uuid().toString();
    String format = RecordingValues.FORMAT_MP3;
    String ownerType = owner.ownerType();
    if (config.unknownEnums() && index % 97 == 11) {
      format = "WAV";
    }
    if (config.unknownEnums() && index % 97 == 50) {
      ownerType = "hotDesk";
    }
    return new Recording(
        id,
        topic,
        created,
        recorded,
        format,
        serviceType,
        duration,
        size,
        status,
        owner.id(),
        owner.email(),
        ownerType,
        owner.storageRegion(),
        new Recording.ServiceData(owner.locationId(), callSession));
  }

  private String topic(int index) {
    if (index % 150 == 7) {
      StringBuilder longTopic = new StringBuilder();
      int target = 1_001 + random.nextInt(1_500);
      while (longTopic.length() < target) {
        longTopic.append(LONG_TOPIC_PART);
      }
      return longTopic.toString();
    }
    if (random.nextInt(3) == 0) {
      String[] person = PEOPLE[random.nextInt(PEOPLE.length)];
      return "Call with " + person[1];
    }
    return TOPICS[random.nextInt(TOPICS.length)];
  }

  private UUID uuid() {
    // Version-4 shaped, but from the seeded random so it is reproducible.
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(most, least);
  }
}
