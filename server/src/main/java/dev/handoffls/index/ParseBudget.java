package dev.handoffls.index;

import dev.handoffls.parse.DocumentParser;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds how much text a scan parses at once (a one-file refresh is not held back). A parse can need a hundred bytes a character at its peak
 * (commonmark's tree of a storm of brackets), so two large documents parsed side by side could exhaust a
 * heap that holds either alone (issue 13, pathological inputs). Small documents still parse in parallel;
 * one as large as the whole budget parses alone, unless it is parsed in pieces: then its working set is a
 * piece, and it counts as half the budget, so two such documents parse side by side (an L2 and a PT of
 * 50,000 IDs: the scan's parse is a third shorter on two cores).
 */
final class ParseBudget {
    /** Characters in parse at once: half a million, a few hundred typical documents. */
    static final int CHARS = 1 << 19;

    private static final Semaphore IN_PARSE = new Semaphore(CHARS, true);

    private ParseBudget() {}

    /** What parsing the text counts for. */
    static int cost(String text) {
        return DocumentParser.parsedInPieces(text) ? CHARS / 2 : Math.min(text.length(), CHARS);
    }

    static <T> T parse(int chars, Supplier<T> parse) {
        int permits = Math.max(1, Math.min(chars, CHARS));
        IN_PARSE.acquireUninterruptibly(permits);
        try {
            return parse.get();
        } finally {
            IN_PARSE.release(permits);
        }
    }
}
