package dev.handoffls.rules.refs;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.NamedRef;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.Set;

/** HL307: a {@code handoff-….md} name that no file in the workspace has. */
public final class MissingHandoffRef implements Rule {
    @Override
    public Code code() {
        return Code.HL307;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.FILES);
    }

    @Override
    public void check(RuleContext ctx) {
        for (NamedRef r : ctx.document().handoffRefs()) {
            if (ctx.index().filesNamed(r.name()).isEmpty()) {
                ctx.report(
                        r.range(),
                        "no handoff file named '" + r.name() + "' in the workspace: fix the name, "
                                + "or restore the ticket");
            }
        }
    }
}
