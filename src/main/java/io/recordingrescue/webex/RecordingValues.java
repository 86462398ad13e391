package io.recordingrescue.webex;

/** The enumerated values Webex documents today; other values are legal and shown as text. */
public final class RecordingValues {
  public static final String STATUS_AVAILABLE = "available";
  public static final String STATUS_DELETED = "deleted";
  public static final String STATUS_PURGED = "purged";

  public static final String SERVICE_CALLING = "calling";
  public static final String SERVICE_CUSTOMER_ASSIST = "customerAssist";

  public static final String OWNER_USER = "user";
  public static final String OWNER_PLACE = "place";
  public static final String OWNER_VIRTUAL_LINE = "virtualLine";
  public static final String OWNER_CALL_QUEUE = "callQueue";

  public static final String FORMAT_MP3 = "MP3";

  private RecordingValues() {}
}
