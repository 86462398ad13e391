package io.recordingrescue.ui;

/**
 * Who is at the screen, as far as the window cares: a name to show and whether the admin list and
 * restore-for-an-owner are allowed.
 */
public record UserContext(String displayName, String email, boolean admin) {}
