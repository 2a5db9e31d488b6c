package dev.handoffls.cli.cache;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.rules.Finding;
import dev.handoffls.rules.FindingData;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.text.Range;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The second level of the cache: the outcome of one run, under the key of everything it read. */
final class RunRecord {
    private RunRecord() {}

    static void write(DataOutputStream out, byte[] key, CachedRun run) throws IOException {
        out.write(key);
        out.writeInt(run.files());
        out.writeInt(run.baselined());
        out.writeInt(run.messages().size());
        for (String m : run.messages()) {
            Codec.writeString(out, m);
        }
        out.writeInt(run.findings().size());
        for (Finding f : run.findings()) {
            Codec.writeString(out, f.path());
            writeRange(out, f.range());
            Codec.writeString(out, f.code().name());
            Codec.writeString(out, f.severity().name());
            Codec.writeString(out, f.message());
            out.writeInt(f.related().size());
            for (RelatedLocation r : f.related()) {
                Codec.writeString(out, r.path());
                writeRange(out, r.range());
                Codec.writeString(out, r.message());
            }
            Codec.writeString(out, f.data().subject());
            Codec.writeString(out, f.data().origin());
        }
    }

    /** The run stored under {@code key}; null when the record holds another key. */
    static CachedRun read(DataInputStream in, byte[] key) throws IOException {
        byte[] stored = new byte[key.length];
        in.readFully(stored);
        if (!Arrays.equals(stored, key)) {
            return null;
        }
        int files = in.readInt();
        int baselined = in.readInt();
        List<String> messages = new ArrayList<>();
        for (int i = Codec.count(in); i > 0; i--) {
            messages.add(Codec.readString(in));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = Codec.count(in); i > 0; i--) {
            String path = Codec.readString(in);
            Range range = readRange(in);
            Code code = enumValue(Code.class, Codec.readString(in));
            Severity severity = enumValue(Severity.class, Codec.readString(in));
            String message = Codec.readString(in);
            List<RelatedLocation> related = new ArrayList<>();
            for (int j = Codec.count(in); j > 0; j--) {
                related.add(new RelatedLocation(Codec.readString(in), readRange(in), Codec.readString(in)));
            }
            FindingData data = new FindingData(Codec.readString(in), Codec.readString(in));
            findings.add(new Finding(path, range, code, severity, message, related, data));
        }
        if (in.available() > 0) {
            throw new IOException("trailing bytes");
        }
        return new CachedRun(findings, files, baselined, messages);
    }

    private static void writeRange(DataOutputStream out, Range r) throws IOException {
        out.writeInt(r.startLine());
        out.writeInt(r.start().character());
        out.writeInt(r.endLine());
        out.writeInt(r.end().character());
    }

    private static Range readRange(DataInputStream in) throws IOException {
        return Range.of(in.readInt(), in.readInt(), in.readInt(), in.readInt());
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) throws IOException {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IOException("unknown " + type.getSimpleName() + " " + name);
        }
    }
}
