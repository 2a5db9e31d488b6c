package dev.handoffls.rules.ids;

import dev.handoffls.rules.Code;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;

/** HL204: an ID redefined with a different statement — the telephone game Decision 011 is about. */
public final class ConflictingDefinition implements Rule {
    @Override
    public Code code() {
        return Code.HL204;
    }

    @Override
    public void check(RuleContext ctx) {
        for (RedefinitionCheck.Redefinition r : RedefinitionCheck.find(ctx)) {
            if (r.sameStatement()) {
                continue;
            }
            ctx.report(r.here().range(), r.here().id() + " is defined in " + r.first().path() + " as "
                    + RedefinitionCheck.quote(r.first().definition().statement()) + " but here as "
                    + RedefinitionCheck.quote(r.here().statement()) + ": restate the origin verbatim, or use a new ID ("
                    + ctx.scope().nextFreeId(r.here().token().prefix()) + ")",
                    new RelatedLocation(r.first().path(), r.first().definition().range(), "origin of " + r.here().id()));
        }
    }
}
