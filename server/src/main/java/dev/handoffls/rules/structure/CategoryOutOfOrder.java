package dev.handoffls.rules.structure;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.Category;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.Set;

/** HL105: categories in the canonical order, reported once per section at the first one out of place. */
public final class CategoryOutOfOrder implements Rule {
    @Override
    public Code code() {
        return Code.HL105;
    }

    @Override
    public Set<Fact> reads() {
        return Set.of();
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.document().isL2() || ctx.document().handoff().isEmpty()) {
            return;
        }
        Category previous = null;
        for (Category c : ctx.document().handoff().get().categories()) {
            if (previous != null && c.order() < previous.order()) {
                ctx.report(
                        c.headingRange(),
                        "'" + c.heading().text() + "' comes after '"
                                + previous.heading().text()
                                + "': the order is Decisions, Risks, Interface Contracts, Constraints, Open Questions, Artifacts");
                return;
            }
            previous = c;
        }
    }
}
