package io.recordingrescue.auth;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that only their owner may read: 600 files in 700 folders where the file system is POSIX,
 * checked after writing. On Windows the user profile's ACL already keeps other users out.
 */
final class OwnerOnlyFiles {

  static final Set<PosixFilePermission> FILE_PERMISSIONS =
      PosixFilePermissions.fromString("rw-------");
  static final Set<PosixFilePermission> DIR_PERMISSIONS =
      PosixFilePermissions.fromString("rwx------");

  /** Writes the content of a file given a path to write it to. */
  interface ContentWriter {
    void writeTo(Path file) throws IOException;
  }

  private OwnerOnlyFiles() {}

  static boolean isPosix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /** Creates missing folders; the last one (ours) is made owner-only on POSIX. */
  static void createPrivateDirectories(Path dir) throws IOException {
    if (dir == null) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
    }
    if (isPosix(dir)) {
      Files.setPosixFilePermissions(dir, DIR_PERMISSIONS);
    }
  }

  /**
   * Writes to a temporary owner-only file next to the target and moves it over the target, so a
   * crash never leaves a half-written file and the content is never readable by others.
   */
  static void writeAtomically(Path target, ContentWriter writer) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp;
    if (isPosix(dir)) {
      tmp =
          Files.createTempFile(
              dir, ".tmp-", ".part", PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS));
    } else {
      tmp = Files.createTempFile(dir, ".tmp-", ".part");
    }
    try {
      writer.writeTo(tmp);
      try {
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    verifyOwnerOnly(target);
  }

  /** Refuses to leave a secret in a file others can read. */
  static void verifyOwnerOnly(Path file) throws IOException {
    if (!isPosix(file)) {
      return;
    }
    Set<PosixFilePermission> actual = Files.getPosixFilePermissions(file);
    if (!actual.equals(FILE_PERMISSIONS)) {
      Files.setPosixFilePermissions(file, FILE_PERMISSIONS);
      if (!Files.getPosixFilePermissions(file).equals(FILE_PERMISSIONS)) {
        Files.deleteIfExists(file);
        throw new IOException(
            "Could not make "
                + file
                + " readable by its owner only (permissions were "
                + PosixFilePermissions.toString(actual)
                + "); it was deleted");
      }
    }
  }
}
