package dev.handoffls.rules.ids;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.Set;

/** HL205: an ID defined again verbatim in another document; harmless, but a reference would do. */
public final class RestatedDefinition implements Rule {
    @Override
    public Code code() {
        return Code.HL205;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS, Fact.SCOPE_DOCUMENTS);
    }

    @Override
    public void check(RuleContext ctx) {
        for (RedefinitionCheck.Redefinition r : RedefinitionCheck.find(ctx)) {
            if (r.sameStatement()) {
                ctx.report(
                        r.here().range(),
                        r.here().id() + " restates its definition from "
                                + r.first().path() + "; referring to it by ID is enough",
                        new RelatedLocation(
                                r.first().path(),
                                r.first().definition().range(),
                                "origin of " + r.here().id()));
            }
        }
    }
}
