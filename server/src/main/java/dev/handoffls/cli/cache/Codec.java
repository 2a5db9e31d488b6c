package dev.handoffls.cli.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Length-prefixed UTF-8 strings, in files and in digests (so that no two inputs feed the same bytes),
 * and bounded counts (a damaged count must not allocate gigabytes).
 */
final class Codec {
    private static final int MAX = 1 << 28;

    private Codec() {}

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[count(in)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static void update(MessageDigest md, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        update(md, bytes.length);
        md.update(bytes);
    }

    static void update(MessageDigest md, int n) {
        md.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    }

    static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX || n > in.available()) {
            throw new IOException("a count of " + n + " does not fit the file");
        }
        return n;
    }
}
