package dev.handoffls.rules.tickets;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.Problem;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.Set;

/** HL401: front matter that does not parse, has duplicate keys, or is not a mapping. */
public final class InvalidFrontMatter implements Rule {
    @Override
    public Code code() {
        return Code.HL401;
    }

    @Override
    public Set<Fact> reads() {
        return Set.of();
    }

    @Override
    public void check(RuleContext ctx) {
        ctx.document().frontMatter().ifPresent(fm -> {
            for (Problem p : fm.problems()) {
                ctx.report(p.range(), "front matter: " + p.message());
            }
        });
    }
}
