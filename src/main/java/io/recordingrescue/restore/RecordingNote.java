package io.recordingrescue.restore;

/**
 * What a listing showed of a recording, kept for the audit: its topic and its owner's e-mail
 * (either may be null when Webex left it out).
 */
public record RecordingNote(String topic, String ownerEmail) {}
