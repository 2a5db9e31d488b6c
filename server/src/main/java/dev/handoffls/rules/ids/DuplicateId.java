package dev.handoffls.rules.ids;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** HL203: the same ID defined twice in one document; reported on the later one. */
public final class DuplicateId implements Rule {
    @Override
    public Code code() {
        return Code.HL203;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS);
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, IdDefinition> first = new HashMap<>();
        for (IdDefinition d : ctx.document().definitions()) {
            IdDefinition earlier = first.putIfAbsent(d.id(), d);
            if (earlier != null) {
                ctx.report(
                        d.range(),
                        d.id() + " is already defined on line "
                                + (earlier.range().startLine() + 1) + ": give this item its own ID (next free: "
                                + ctx.scope().nextFreeId(d.token().prefix()) + ")",
                        new RelatedLocation(ctx.document().path(), earlier.range(), "first definition of " + d.id()));
            }
        }
    }
}
