package dev.handoffls.rules.structure;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.Heading;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** HL101: a coordinator L2 must end with {@code ## Downstream Handoff} (Decision 011 §4.1). */
public final class MissingDownstreamHandoff implements Rule {
    @Override
    public Code code() {
        return Code.HL101;
    }

    @Override
    public Set<Fact> reads() {
        return Set.of();
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        if (!doc.isL2()
                || !doc.coordinator()
                || doc.handoff().isPresent()
                || doc.text().length() == 0) {
            return;
        }
        Optional<Heading> wrongLevel = doc.headings().stream()
                .filter(h -> h.text().toLowerCase(Locale.ROOT).startsWith("downstream handoff"))
                .findFirst();
        String hint = wrongLevel
                .map(h ->
                        " (the heading on line " + (h.line() + 1) + " is level " + h.level() + "; it must be level 2)")
                .orElse("");
        ctx.report(
                wrongLevel.map(Heading::range).orElseGet(ctx::firstHeadingOrStart),
                "coordinator L2 has no '## Downstream Handoff' section" + hint
                        + ": Decision 011 requires one at the end, with Decisions, Risks, Interface Contracts, "
                        + "Constraints, Open Questions and Artifacts");
    }
}
