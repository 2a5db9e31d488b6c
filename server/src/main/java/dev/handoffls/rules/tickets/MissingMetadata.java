package dev.handoffls.rules.tickets;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.FrontMatter;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.Set;

/** HL402: an unfinished ticket must say what it is, where it stands and who has it. */
public final class MissingMetadata implements Rule {
    @Override
    public Code code() {
        return Code.HL402;
    }

    @Override
    public Set<Fact> reads() {
        return Set.of();
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        if (doc.kind() != DocumentKind.HANDOFF
                || doc.frontMatter().map(fm -> !fm.parsed()).orElse(false)) {
            return;
        }
        boolean finished = TicketFacts.STATUS
                .value(doc)
                .flatMap(v -> TicketFacts.status(v.value(), ctx.config().statusValues()))
                .map(TicketFacts::isFinished)
                .orElse(false);
        if (finished) {
            return;
        }
        boolean hasFrontMatter = doc.frontMatter().filter(FrontMatter::parsed).isPresent();
        for (TicketFacts fact : TicketFacts.values()) {
            if (fact.required() && fact.value(doc).isEmpty()) {
                ctx.report(
                        ctx.firstHeadingOrStart(),
                        "ticket states no " + fact.label() + ": add '" + fact.example() + "'"
                                + (hasFrontMatter ? " or a front matter key" : ""));
            }
        }
    }
}
