package io.recordingrescue.webex;

/** Whose recycle bin to list: my own (user), the whole org or one owner (admin). */
public sealed interface ListScope {

  /** {@code GET /convergedRecordings}: the caller's own recordings. */
  record Mine() implements ListScope {}

  /** {@code GET /admin/convergedRecordings}: every recording of the org. */
  record Org() implements ListScope {}

  /** {@code GET /admin/convergedRecordings?ownerEmail=}: one owner's recordings. */
  record Owner(EmailAddress email) implements ListScope {}

  static ListScope mine() {
    return new Mine();
  }

  static ListScope org() {
    return new Org();
  }

  static ListScope owner(EmailAddress email) {
    return new Owner(email);
  }

  default boolean isAdmin() {
    return !(this instanceof Mine);
  }
}
