package dev.handoffls.rules;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import java.util.Set;

/**
 * One rule, one code (STYLE habit 6). Rules read the context and report; they never throw on purpose.
 *
 * <p>A rule declares what it reads beyond its own document ({@link #reads()}): re-checks after an edit
 * and the editor's wait for the full index are derived from it (STYLE habit 16), and a test proves the
 * derivation against a full re-check. A rule that reads only its document returns an empty set.
 */
public interface Rule {

    Code code();

    /** The cross-document facts this rule reads; empty for a rule of the document alone. */
    Set<Fact> reads();

    /** How far the rule sees: derived from {@link #reads()}. */
    default Reach reach() {
        return Reach.of(reads());
    }

    void check(RuleContext context);
}
