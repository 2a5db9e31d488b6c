package dev.handoffls.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file only if it is a regular file, and never more than a cap. Opening a FIFO for reading
 * blocks until a writer comes, and a device such as {@code /dev/zero} never ends, so both are
 * refused before they are opened; the cap is enforced while reading (at most cap + 1 bytes), not by
 * trusting the size the file system reports.
 */
public final class RegularFiles {
    private RegularFiles() {}

    /** What reading a file gave. */
    public sealed interface Content permits Bytes, NotRegular, TooLarge {}

    /** The whole file. */
    public record Bytes(byte[] bytes) implements Content {}

    /** Not read: a FIFO, a device, a socket, a folder or a symbolic link. */
    public record NotRegular(String kind) implements Content {
        public String reason() {
            return "not a regular file (" + kind + "); not read";
        }
    }

    /**
     * Not read (completely): larger than the cap.
     *
     * @param size the size the file system reported, or -1 when the file grew past the cap while read
     */
    public record TooLarge(long size, long cap) implements Content {
        /** "N > cap bytes", or "more than cap bytes" when the size is not known. */
        public String sizes() {
            return size >= 0 ? size + " > " + cap + " bytes" : "more than " + cap + " bytes";
        }
    }

    /** Reads {@code file} without following a symbolic link; {@code cap} is at most {@code Integer.MAX_VALUE - 8}. */
    public static Content read(Path file, long cap) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attrs.isRegularFile()) {
            return new NotRegular(kind(attrs));
        }
        if (attrs.size() > cap) {
            return new TooLarge(attrs.size(), cap);
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(cap + 1, Integer.MAX_VALUE - 8));
            return bytes.length > cap ? new TooLarge(-1, cap) : new Bytes(bytes);
        }
    }

    private static String kind(BasicFileAttributes attrs) {
        if (attrs.isDirectory()) {
            return "a folder";
        }
        return attrs.isSymbolicLink() ? "a symbolic link" : "a FIFO, device or socket";
    }
}
