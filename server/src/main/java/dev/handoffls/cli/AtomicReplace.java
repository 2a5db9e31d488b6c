package dev.handoffls.cli;

import dev.handoffls.util.RegularFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Replaces one file with new bytes atomically (a temporary file in the same folder, then a rename),
 * keeping its mode, and its owner and group where the system permits, and only if the file still
 * holds the bytes the new content was made from.
 */
final class AtomicReplace {
    private final Consumer<Path> beforeFinalCheck;

    /** @param beforeFinalCheck runs when the new file is ready, just before the last look at the old one (a test seam) */
    AtomicReplace(Consumer<Path> beforeFinalCheck) {
        this.beforeFinalCheck = beforeFinalCheck;
    }

    /**
     * @param expected the bytes the new content was planned on
     * @return false, with nothing written, when the file no longer holds {@code expected}
     */
    boolean replace(Path file, byte[] expected, byte[] content) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            writeDurably(tmp, content);
            copyModeAndOwner(file, tmp);
            beforeFinalCheck.accept(file);
            // The rename below cannot compare and swap: this narrows the window to microseconds.
            if (!(RegularFiles.read(file, expected.length) instanceof RegularFiles.Bytes now)
                    || !Arrays.equals(now.bytes(), expected)) {
                return false;
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Written through to the disk before the rename, so a crash cannot leave the name on an empty file. */
    private static void writeDurably(Path tmp, byte[] content) throws IOException {
        try (FileChannel channel =
                FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /**
     * Owner and group first (changing the owner may clear set-id bits), then the mode. A mode that
     * cannot be set is an error, never a silent change; an owner or group the user may not give away
     * stays the user's own.
     */
    private static void copyModeAndOwner(Path from, Path to) throws IOException {
        PosixFileAttributeView source =
                Files.getFileAttributeView(from, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView target =
                Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (source == null || target == null) {
            return;
        }
        PosixFileAttributes attrs = source.readAttributes();
        try {
            target.setGroup(attrs.group());
        } catch (IOException | SecurityException e) {
            // Not a member of that group: the file gets the user's group.
        }
        try {
            target.setOwner(attrs.owner());
        } catch (IOException | SecurityException e) {
            // Only root may give a file away: the file becomes the user's.
        }
        target.setPermissions(attrs.permissions());
    }
}
