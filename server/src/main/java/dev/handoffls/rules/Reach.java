package dev.handoffls.rules;

import dev.handoffls.index.Fact;
import java.util.Set;

/** How much of the workspace a rule reads while checking one document. */
public enum Reach {
    DOCUMENT,
    SCOPE,
    WORKSPACE;

    static Reach of(Set<Fact> facts) {
        if (facts.isEmpty()) {
            return DOCUMENT;
        }
        boolean scopeOnly = facts.stream()
                .allMatch(f -> f == Fact.SCOPE_IDS || f == Fact.SCOPE_DOCUMENTS || f == Fact.SCOPE_MENTIONS);
        return scopeOnly ? SCOPE : WORKSPACE;
    }
}
