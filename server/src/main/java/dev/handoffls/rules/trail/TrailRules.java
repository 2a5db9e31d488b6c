package dev.handoffls.rules.trail;

import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.Statements;
import dev.handoffls.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;

/** What the trail rules share: who speaks for a phase, and how an item is quoted. */
final class TrailRules {
    private static final int QUOTE = 80;

    private TrailRules() {}

    /** The newest phase's coordinator L2s, and every directive of that phase or a later one. */
    static List<HandoffDocument> newestMentioners(RuleContext ctx, int newest) {
        List<HandoffDocument> out = new ArrayList<>(ctx.trail().coordinatorL2s(newest));
        for (HandoffDocument d : ctx.scope().documents()) {
            Integer phase = d.location().phase();
            if (d.kind() == DocumentKind.DIRECTIVE && phase != null && phase >= newest) {
                out.add(d);
            }
        }
        return out;
    }

    static String quote(String statement) {
        return Statements.quote(statement, QUOTE);
    }
}
