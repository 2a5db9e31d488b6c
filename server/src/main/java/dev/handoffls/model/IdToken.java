package dev.handoffls.model;

import java.util.Arrays;

/** A well-formed handoff ID such as {@code AD-3}. */
public record IdToken(String prefix, int number) implements Comparable<IdToken> {
    private static final int MAX_KNOWN = 32;
    /** Prefixes met so far, tested before a substring is made; copy-on-write, at most {@link #MAX_KNOWN}. */
    private static volatile String[] knownPrefixes = {};

    public static IdToken parse(String id) {
        int dash = id.lastIndexOf('-');
        return new IdToken(prefixOf(id), Integer.parseInt(id, dash + 1, id.length(), 10));
    }

    /**
     * The prefix of a well-formed ID ({@code AD} of {@code AD-3}), without parsing its number. One string
     * per prefix: a configuration has a handful, and an L2 can hold tens of thousands of IDs.
     */
    public static String prefixOf(String id) {
        int dash = id.lastIndexOf('-');
        String[] seen = knownPrefixes;
        for (String p : seen) {
            if (p.length() == dash && id.startsWith(p)) {
                return p;
            }
        }
        String prefix = id.substring(0, dash).intern();
        if (seen.length < MAX_KNOWN) {
            String[] more = Arrays.copyOf(seen, seen.length + 1);
            more[seen.length] = prefix;
            knownPrefixes = more; // a lost race only drops an entry; the next call adds it again
        }
        return prefix;
    }

    @Override
    public String toString() {
        return prefix + "-" + number;
    }

    @Override
    public int compareTo(IdToken o) {
        int c = prefix.compareTo(o.prefix);
        return c != 0 ? c : Integer.compare(number, o.number);
    }
}
