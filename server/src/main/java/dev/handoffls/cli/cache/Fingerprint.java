package dev.handoffls.cli.cache;

import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The content of a workspace as far as {@code check} reads it: the hash of every file it may read
 * and the existence of every other path. Files whose stamp the {@link StampTable} already knows are
 * not read; the others are hashed (in parallel).
 */
final class Fingerprint {
    private final WorkspaceScan scan;
    private final Map<String, byte[]> hashes;
    private final StampTable table;
    private final boolean racy;
    private final int hashed;

    private Fingerprint(WorkspaceScan scan, Map<String, byte[]> hashes, StampTable table, boolean racy, int hashed) {
        this.scan = scan;
        this.hashes = hashes;
        this.table = table;
        this.racy = racy;
        this.hashed = hashed;
    }

    /**
     * @param tick a time of the workspace's file system clock taken before the scan: a file written at
     *             or after it may change again unseen, so its stamp is not kept and the run is not stored
     */
    static Fingerprint of(Path root, WorkspaceScan scan, StampTable known, long tick) throws CacheUnusable {
        Map<String, byte[]> hashes = new HashMap<>();
        Map<String, StampTable.Entry> keep = new HashMap<>();
        Map<String, FileStamp> toHash = new TreeMap<>();
        boolean racy = false;
        for (Map.Entry<String, FileStamp> e : scan.stamps().entrySet()) {
            FileStamp stamp = e.getValue();
            if (!stamp.regularFile()) {
                continue; // a link or a FIFO is never read: its type, part of the stamp, is all that counts
            }
            byte[] hash = known.hashIfUnchanged(e.getKey(), stamp);
            if (hash != null) {
                hashes.put(e.getKey(), hash);
                keep.put(e.getKey(), new StampTable.Entry(stamp, hash));
            } else {
                toHash.put(e.getKey(), stamp);
                racy |= stamp.racy(tick);
            }
        }
        Map<String, byte[]> fresh = hashAll(root, toHash.keySet());
        hashes.putAll(fresh);
        fresh.forEach((path, hash) -> {
            FileStamp stamp = toHash.get(path);
            if (!stamp.racy(tick)) {
                keep.put(path, new StampTable.Entry(stamp, hash));
            }
        });
        return new Fingerprint(scan, hashes, new StampTable(keep), racy, toHash.size());
    }

    private static Map<String, byte[]> hashAll(Path root, Collection<String> paths) throws CacheUnusable {
        Map<String, byte[]> out = new ConcurrentHashMap<>();
        AtomicReference<String> failure = new AtomicReference<>();
        paths.parallelStream().forEach(path -> {
            try {
                out.put(path, ContentHash.of(root.resolve(path), LinkOption.NOFOLLOW_LINKS));
            } catch (IOException e) {
                failure.compareAndSet(null, path + " cannot be read (" + e.getMessage() + ")");
            }
        });
        if (failure.get() != null) {
            throw new CacheUnusable(failure.get());
        }
        return out;
    }

    WorkspaceScan scan() {
        return scan;
    }

    /** The stamps worth keeping: every file hashed or confirmed in this run, except racy ones. */
    StampTable table() {
        return table;
    }

    /** Whether a file was written too recently for this run's result to be kept. */
    boolean racy() {
        return racy;
    }

    /** How many files were read to be hashed. */
    int hashed() {
        return hashed;
    }

    /** Feeds every path, the type of every file read and its content hash; fields are length-prefixed. */
    void digest(MessageDigest md) {
        Codec.update(md, scan.files().size());
        for (String path : scan.files()) {
            Codec.update(md, path);
            FileStamp stamp = scan.stamps().get(path);
            Codec.update(md, stamp == null ? -1 : stamp.type());
            byte[] hash = hashes.get(path);
            md.update(hash == null ? new byte[ContentHash.LENGTH] : hash);
        }
        Codec.update(md, scan.dirs().size());
        for (String dir : scan.dirs()) {
            Codec.update(md, dir);
        }
    }
}
