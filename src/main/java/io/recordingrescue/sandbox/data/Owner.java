package io.recordingrescue.sandbox.data;

/** Someone (or something: a place, a virtual line, a call queue) that owns recordings. */
public record Owner(
    String id,
    String email,
    String displayName,
    String ownerType,
    String storageRegion,
    String locationId) {}
