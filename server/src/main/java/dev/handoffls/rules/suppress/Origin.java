package dev.handoffls.rules.suppress;

import dev.handoffls.codes.Code;
import dev.handoffls.text.Range;
import java.util.Optional;
import java.util.Set;

/**
 * What can be reported as an unused suppression: one named code of a comment (its token's range),
 * or a whole comment that names no code. Mutable only in {@link #markUsed()}, within one check.
 */
final class Origin {
    private final Range range;
    private final Set<Code> codes;
    private final Optional<Code> code;
    private boolean used;

    Origin(Range range, Set<Code> codes, Optional<Code> code) {
        this.range = range;
        this.codes = codes;
        this.code = code;
    }

    Range range() {
        return range;
    }

    Set<Code> codes() {
        return codes;
    }

    /** The one code it names; empty for a comment that names none (every code). */
    Optional<Code> code() {
        return code;
    }

    void markUsed() {
        used = true;
    }

    boolean used() {
        return used;
    }
}
