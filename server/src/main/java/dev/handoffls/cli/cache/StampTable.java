package dev.handoffls.cli.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The first level of the cache: the content hash of each file, by path, with the stamp it had when
 * it was hashed. A file whose stamp is unchanged is not read again.
 */
final class StampTable {
    record Entry(FileStamp stamp, byte[] hash) {
        boolean sameAs(Entry o) {
            return stamp.equals(o.stamp) && Arrays.equals(hash, o.hash);
        }
    }

    private final Map<String, Entry> entries;

    StampTable(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static StampTable empty() {
        return new StampTable(new HashMap<>());
    }

    /** The hash recorded for {@code path} if its stamp is still {@code now} and can be trusted. */
    byte[] hashIfUnchanged(String path, FileStamp now) {
        Entry e = entries.get(path);
        return e != null && now.trusted() && e.stamp.equals(now) ? e.hash : null;
    }

    boolean sameAs(StampTable o) {
        return entries.size() == o.entries.size()
                && entries.entrySet().stream().allMatch(e -> {
                    Entry other = o.entries.get(e.getKey());
                    return other != null && e.getValue().sameAs(other);
                });
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(entries.size());
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            FileStamp s = e.getValue().stamp;
            Codec.writeString(out, e.getKey());
            out.writeLong(s.size());
            out.writeLong(s.modified());
            out.writeLong(s.changed());
            out.writeLong(s.inode());
            out.writeLong(s.device());
            out.writeInt(s.type());
            out.write(e.getValue().hash);
        }
    }

    static StampTable read(DataInputStream in) throws IOException {
        int n = Codec.count(in);
        Map<String, Entry> entries = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String path = Codec.readString(in);
            FileStamp s = new FileStamp(
                    in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readInt());
            byte[] hash = new byte[ContentHash.LENGTH];
            in.readFully(hash);
            entries.put(path, new Entry(s, hash));
        }
        return new StampTable(entries);
    }
}
