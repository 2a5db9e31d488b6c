package dev.handoffls.cli.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256: a cache keyed by content must not be fooled by two contents that happen to collide. */
final class ContentHash {
    static final int LENGTH = 32;

    private ContentHash() {}

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The hash of a regular file, streamed (a huge file is not held in memory). */
    static byte[] of(Path file, LinkOption... options) throws IOException {
        MessageDigest md = digest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file, options)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
        }
        return md.digest();
    }
}
