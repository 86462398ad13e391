package io.recordingrescue.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The collector's pauses while it is open, from the JVM's GC notifications: a stall the FX thread
 * did not cause shows up here (on a busy 2-core machine young pauses grow long).
 */
final class GcPauses implements NotificationListener, AutoCloseable {
  private final List<Long> pauses = new ArrayList<>();
  private final List<NotificationEmitter> emitters = new ArrayList<>();

  GcPauses() {
    for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (bean instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(this, null, null);
        emitters.add(emitter);
      }
    }
  }

  @Override
  public void handleNotification(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    // Concurrent cycles run beside the application; only the stop-the-world ones pause it.
    if (info.getGcName().contains("Concurrent")) {
      return;
    }
    synchronized (pauses) {
      pauses.add(info.getGcInfo().getDuration());
    }
  }

  double maxMillis() {
    synchronized (pauses) {
      return pauses.stream().mapToLong(Long::longValue).max().orElse(0);
    }
  }

  double totalMillis() {
    synchronized (pauses) {
      return pauses.stream().mapToLong(Long::longValue).sum();
    }
  }

  int count() {
    synchronized (pauses) {
      return pauses.size();
    }
  }

  @Override
  public void close() {
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(this);
      } catch (ListenerNotFoundException ignored) {
        // already removed
      }
    }
    emitters.clear();
  }
}
