package dev.handoffls.rules.structure;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.model.Heading;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.Set;

/** HL103: the handoff section must be the last level-2 section, so readers find it at the end. */
public final class HandoffNotLast implements Rule {
    @Override
    public Code code() {
        return Code.HL103;
    }

    @Override
    public Set<Fact> reads() {
        return Set.of();
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.document().isL2()
                || ctx.document().handoff().isEmpty()
                || FreeFormHandoff.isFreeForm(ctx.document())) {
            return;
        }
        HandoffSection section = ctx.document().handoff().get();
        ctx.document().headings().stream()
                .filter(h -> h.line() >= section.endLine() && h.level() <= 2)
                .findFirst()
                .ifPresent((Heading h) -> ctx.report(
                        h.range(),
                        "'" + h.text() + "' follows the Downstream Handoff section"
                                + ": the handoff must be the last level-2 section of the L2 (move it to the end)"));
    }
}
