package dev.handoffls.cli;

import dev.handoffls.model.HandoffDocument;
import dev.handoffls.text.DecodedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;

/**
 * Whether the command line may replace a document on disk. It refuses what a rewrite would damage:
 * text that did not decode as UTF-8 (writing it back would turn every invalid byte into U+FFFD; a UTF-16 file
 * would become UTF-8), a
 * file its owner made read-only, a file with more than one hard link (a replaced file is a new inode:
 * its other names would keep the old text), and anything that is not a regular file.
 */
final class SafeToRewrite {
    private SafeToRewrite() {}

    /** Why {@code file} must not be rewritten, or empty when it may be. */
    static Optional<String> whyNot(Path file, HandoffDocument doc) throws IOException {
        if (doc.invalidUtf8Sequences() > 0) {
            return Optional.of("not valid UTF-8: not rewritten (convert it to UTF-8 first)");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("not a regular file: not rewritten");
        }
        if (readOnly(file)) {
            return Optional.of("read-only: not rewritten");
        }
        long links = linkCount(file);
        if (links > 1) {
            return Optional.of(
                    "has " + links + " hard links: not rewritten (a rewrite would separate it from its other names)");
        }
        return Optional.empty();
    }

    /** Why a file read in another encoding than UTF-8 is not rewritten (it would be written back as UTF-8). */
    static String notUtf8(DecodedText onDisk) {
        return "not UTF-8 (" + onDisk.charset().name() + "): not rewritten (convert it to UTF-8 first)";
    }

    /** Read-only by its mode, also for root (who may write anything, so {@code isWritable} says yes). */
    private static boolean readOnly(Path file) throws IOException {
        PosixFileAttributeView posix =
                Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (posix != null && !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE)) {
            return true;
        }
        return !Files.isWritable(file);
    }

    /** The number of hard links, where the file system tells (1 where it does not). */
    private static long linkCount(Path file) throws IOException {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).longValue();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }
}
