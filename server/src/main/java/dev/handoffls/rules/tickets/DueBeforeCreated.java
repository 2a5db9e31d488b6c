package dev.handoffls.rules.tickets;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.MetadataValue;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** HL405: a due date before the created date is a typo or a ticket born overdue. */
public final class DueBeforeCreated implements Rule {
    @Override
    public Code code() {
        return Code.HL405;
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
        Optional<MetadataValue> created = TicketFacts.CREATED.value(doc);
        Optional<MetadataValue> due = TicketFacts.DUE.value(doc);
        if (created.isEmpty() || due.isEmpty()) {
            return;
        }
        Optional<Object> c = TicketFacts.date(created.get().value());
        Optional<Object> d = TicketFacts.date(due.get().value());
        if (c.orElse(null) instanceof LocalDate cd && d.orElse(null) instanceof LocalDate dd && dd.isBefore(cd)) {
            ctx.report(
                    due.get().valueRange(),
                    "due date " + dd + " is before the created date " + cd + ": fix one of them",
                    new RelatedLocation(doc.path(), created.get().valueRange(), "created date"));
        }
    }
}
