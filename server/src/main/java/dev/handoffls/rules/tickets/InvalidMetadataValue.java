package dev.handoffls.rules.tickets;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.MetadataValue;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** HL403: a status or priority nobody's tooling understands, or a date that cannot exist. */
public final class InvalidMetadataValue implements Rule {
    @Override
    public Code code() {
        return Code.HL403;
    }

    @Override
    public Set<Fact> reads() {
        return Set.of();
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        if (doc.kind() != DocumentKind.HANDOFF) {
            return;
        }
        List<String> statuses = ctx.config().statusValues();
        for (MetadataValue v : both(doc, TicketFacts.STATUS)) {
            if (TicketFacts.status(v.value(), statuses).isEmpty()) {
                ctx.report(
                        v.valueRange(),
                        "unknown status '" + v.value() + "': expected one of " + String.join(", ", statuses)
                                + " (did you mean '" + Nearest.of(v.value(), statuses) + "'?)");
            }
        }
        for (MetadataValue v : both(doc, TicketFacts.PRIORITY)) {
            if (!TicketFacts.isPriority(v.value())) {
                List<String> priorities = List.of("critical", "high", "medium", "low", "P0", "P1", "P2", "P3");
                ctx.report(
                        v.valueRange(),
                        "unknown priority '" + v.value() + "': expected critical, high, medium, low or "
                                + "P0–P3 (did you mean '" + Nearest.of(v.value(), priorities) + "'?)");
            }
        }
        for (TicketFacts fact : List.of(TicketFacts.CREATED, TicketFacts.DUE)) {
            for (MetadataValue v : both(doc, fact)) {
                TicketFacts.date(v.value())
                        .filter(String.class::isInstance)
                        .ifPresent(msg -> ctx.report(
                                v.valueRange(), fact.label() + " date " + msg + ": write a real date as YYYY-MM-DD"));
            }
        }
    }

    private static List<MetadataValue> both(HandoffDocument doc, TicketFacts fact) {
        List<MetadataValue> out = new ArrayList<>();
        Optional<MetadataValue> fm = fact.fromFrontMatter(doc);
        fm.ifPresent(out::add);
        fact.fromBody(doc).ifPresent(out::add);
        return out;
    }
}
