package dev.handoffls.rules.ids;

import dev.handoffls.model.IdDefinition;
import dev.handoffls.rules.Code;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;

/** HL207: {@code - AD-1: …} works, but the protocol's form is {@code - [AD-1] …}. */
public final class UnbracketedId implements Rule {
    @Override
    public Code code() {
        return Code.HL207;
    }

    @Override
    public void check(RuleContext ctx) {
        for (IdDefinition d : ctx.document().definitions()) {
            if (!d.bracketed()) {
                ctx.report(d.range(), d.id() + " defines an item without brackets: write [" + d.id()
                        + "] at the start of the item (Decision 011 §4.1)");
            }
        }
    }
}
