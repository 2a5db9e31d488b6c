package dev.handoffls.cli.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What one {@code stat} says about a file, read without following a symbolic link. Two equal stamps
 * mean the same content, with two exceptions the cache guards against elsewhere: a write within the
 * same clock tick as the stamp ({@link #racy}), and file systems without a change time
 * ({@link #trusted}), where a tool can put size and modification time back after a write.
 *
 * @param modified the modification time in nanoseconds since the epoch
 * @param changed  the inode change time (which no tool can set back), or {@link #UNKNOWN}
 * @param type     the file type bits of {@code st_mode}
 */
public record FileStamp(long size, long modified, long changed, long inode, long device, int type) {
    static final long UNKNOWN = Long.MIN_VALUE;
    private static final int TYPE_MASK = 0170000;
    private static final int REGULAR = 0100000;
    private static final int SYMLINK = 0120000;
    private static final int DIRECTORY = 0040000;
    private static final String UNIX_ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,dev,mode";
    private static volatile boolean unixView = true;

    static FileStamp read(Path file) throws IOException {
        if (unixView) {
            try {
                Map<String, Object> a = Files.readAttributes(file, UNIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                return new FileStamp(
                        (Long) a.get("size"),
                        nanos((FileTime) a.get("lastModifiedTime")),
                        nanos((FileTime) a.get("ctime")),
                        (Long) a.get("ino"),
                        (Long) a.get("dev"),
                        ((Integer) a.get("mode")) & TYPE_MASK);
            } catch (UnsupportedOperationException e) {
                unixView = false; // Windows: no change time, no inode; see trusted()
            }
        }
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        int type = a.isRegularFile() ? REGULAR : a.isSymbolicLink() ? SYMLINK : a.isDirectory() ? DIRECTORY : 0;
        return new FileStamp(a.size(), nanos(a.lastModifiedTime()), UNKNOWN, 0, 0, type);
    }

    boolean regularFile() {
        return type == REGULAR;
    }

    boolean directory() {
        return type == DIRECTORY;
    }

    /** Whether an equal stamp later proves the content unchanged: only with a change time to compare. */
    boolean trusted() {
        return changed != UNKNOWN;
    }

    /**
     * Whether the file was written at or after {@code tick}, a time of the same file system's clock
     * taken before this stamp: a write in that tick after the stamp was taken would leave the stamp
     * as it is ("racy git"), so neither the stamp nor anything computed from the file may be kept.
     */
    boolean racy(long tick) {
        return modified >= tick || changed >= tick;
    }

    static long nanos(FileTime t) {
        return t.to(TimeUnit.NANOSECONDS);
    }
}
