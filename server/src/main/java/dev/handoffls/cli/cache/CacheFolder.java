package dev.handoffls.cli.cache;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The cache folder and its files. A file is written whole to a temporary file and renamed over the
 * old one, so a reader (another run at the same time) sees the old file or the new one, never half.
 * A file is framed (magic, format, length, checksum) so that a damaged one is recognised and ignored.
 */
final class CacheFolder {
    /** Bumped whenever the layout of any cache file changes; older files are then ignored and rebuilt. */
    static final int FORMAT = 1;

    private static final byte[] MAGIC = "HANDOFF-LS-CACHE".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + 4 + 4;
    private static final int TRAILER = 4;

    private final Path dir;

    CacheFolder(Path dir) {
        this.dir = dir;
    }

    /** Creates the folder with a {@code .gitignore} that ignores it whole; false when it cannot be. */
    boolean create() {
        try {
            Path ignore = dir.resolve(".gitignore");
            if (!Files.isRegularFile(ignore)) {
                Files.createDirectories(dir);
                write(ignore, "# written by handoff-ls: this folder is a cache\n*\n".getBytes(StandardCharsets.UTF_8));
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Now, by the clock of the file system that holds the cache (and usually the workspace), at its
     * granularity: the modification time of a file created for the purpose. {@link Long#MIN_VALUE}
     * (every file racy) when the folder is not writable.
     */
    long tick() {
        try {
            Path probe = Files.createTempFile(dir, ".tick-", ".tmp");
            try {
                return FileStamp.nanos(Files.getLastModifiedTime(probe));
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException | UncheckedIOException e) {
            return Long.MIN_VALUE;
        }
    }

    /**
     * The payload of {@code name}; null when there is none, and when it is damaged or of another
     * format, after telling {@code warn} why.
     */
    byte[] read(String name, Consumer<String> warn) {
        byte[] all;
        try {
            all = Files.readAllBytes(dir.resolve(name));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | UncheckedIOException e) {
            warn.accept("cannot be read (" + e.getMessage() + ")");
            return null;
        }
        String why = damage(all);
        if (why != null) {
            warn.accept(why);
            return null;
        }
        return Arrays.copyOfRange(all, HEADER, all.length - TRAILER);
    }

    private static String damage(byte[] all) {
        if (all.length < HEADER + TRAILER || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return "not a handoff-ls cache file";
        }
        ByteBuffer b = ByteBuffer.wrap(all);
        int format = b.getInt(MAGIC.length);
        if (format != FORMAT) {
            return "written in cache format " + format + ", this version uses " + FORMAT;
        }
        int length = b.getInt(MAGIC.length + 4);
        if (length != all.length - HEADER - TRAILER) {
            return "truncated";
        }
        CRC32C crc = new CRC32C();
        crc.update(all, HEADER, length);
        return (int) crc.getValue() == b.getInt(HEADER + length) ? null : "damaged (checksum mismatch)";
    }

    /**
     * Writes {@code name} atomically; false when it could not be written (the cache is best effort). The
     * payload is streamed to the temporary file, never held whole: a run with 230,000 findings writes 70 MB.
     */
    boolean write(String name, Payload payload) {
        try {
            Path tmp = Files.createTempFile(dir, "." + name + "-", ".tmp");
            try {
                try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    OutputStream file = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                    DataOutputStream header = new DataOutputStream(file);
                    header.write(MAGIC);
                    header.writeInt(FORMAT);
                    header.writeInt(0); // the length, written below once known
                    CRC32C crc = new CRC32C();
                    DataOutputStream body = new DataOutputStream(new CheckedOutputStream(file, crc));
                    payload.write(body);
                    body.flush();
                    header.writeInt((int) crc.getValue());
                    header.flush();
                    channel.write(ByteBuffer.allocate(4).putInt(0, body.size()), MAGIC.length + 4);
                }
                moveIntoPlace(tmp, dir.resolve(name));
            } finally {
                Files.deleteIfExists(tmp);
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private void write(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + "-", ".tmp");
        try {
            Files.write(tmp, bytes);
            moveIntoPlace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes all but the {@code keep} most recently written files named {@code prefix…suffix}, and
     * temporary files a killed run left behind an hour ago or more (a write in progress is younger).
     */
    void prune(String prefix, String suffix, int keep) {
        long anHourAgo = (System.currentTimeMillis() - 3_600_000) * 1_000_000;
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            List<Path> old = new ArrayList<>(all.stream()
                    .filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.getFileName().toString().endsWith(suffix))
                    .sorted(Comparator.comparingLong(CacheFolder::modified).reversed())
                    .skip(keep)
                    .toList());
            all.stream()
                    .filter(p -> p.getFileName().toString().startsWith(".")
                            && p.getFileName().toString().endsWith(".tmp")
                            && modified(p) < anHourAgo)
                    .forEach(old::add);
            for (Path p : old) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // Another run pruned first, or the folder went away: nothing to clean.
        }
    }

    private static long modified(Path p) {
        try {
            return FileStamp.nanos(Files.getLastModifiedTime(p));
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    /** The body of a cache file. */
    interface Payload {
        void write(DataOutputStream out) throws IOException;
    }
}
