package dev.handoffls.rules.ids;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.index.Fact;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** HL204: an ID redefined with a different statement — the telephone game Decision 011 is about. */
public final class ConflictingDefinition implements Rule {
    @Override
    public Code code() {
        return Code.HL204;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS, Fact.SCOPE_DOCUMENTS);
    }

    @Override
    public void check(RuleContext ctx) {
        for (RedefinitionCheck.Redefinition r : RedefinitionCheck.find(ctx)) {
            if (r.sameStatement()) {
                continue;
            }
            // A worker restating a coordinator's item in its own words is worth fixing, but is not yet the handoff.
            Severity severity =
                    ctx.document().isL2() && !ctx.document().coordinator() ? Severity.WARNING : Severity.ERROR;
            ctx.reportWithSeverity(
                    Code.HL204,
                    severity,
                    r.here().range(),
                    r.here().id() + " is defined in " + r.first().path() + " as "
                            + RedefinitionCheck.quote(r.first().definition().statement()) + " but here as "
                            + RedefinitionCheck.quote(r.here().statement())
                            + ": restate the origin verbatim, or use a new ID ("
                            + ctx.scope().nextFreeId(r.here().token().prefix()) + ")",
                    List.of(new RelatedLocation(
                            r.first().path(),
                            r.first().definition().range(),
                            "origin of " + r.here().id())));
        }
    }
}
