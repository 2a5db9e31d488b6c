package dev.handoffls.rules.refs;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.NamedRef;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * HL308: {@code Decision NNN} / {@code D-NNN} with no decision document of that number. Only where
 * the workspace keeps decision documents at all; otherwise we cannot tell.
 */
public final class MissingDecision implements Rule {
    @Override
    public Code code() {
        return Code.HL308;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.DECISIONS);
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.index().hasDecisions()) {
            return;
        }
        for (NamedRef r : ctx.document().decisionRefs()) {
            int n = Integer.parseInt(r.name());
            if (ctx.index().decisions(n).isEmpty()) {
                ctx.report(
                        r.range(),
                        "no decision document numbered " + r.name() + " in the workspace (expected a file like "
                                + "decisions/decision-" + r.name() + "-….md or a heading 'Decision " + r.name()
                                + ": …')");
            }
        }
    }
}
