package dev.handoffls.rules.tickets;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.index.TicketIds;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** HL406: two tickets with one id; reported on the later one in path order. */
public final class DuplicateTicketId implements Rule {
    @Override
    public Code code() {
        return Code.HL406;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.TICKETS);
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        if (doc.kind() != DocumentKind.HANDOFF) {
            return;
        }
        TicketIds.of(doc).ifPresent(id -> {
            List<HandoffDocument> same = ctx.index().tickets(id.value());
            if (same.size() > 1 && same.get(0) != doc) {
                HandoffDocument first = same.get(0);
                var firstId = TicketIds.of(first).get();
                ctx.report(
                        Code.HL406,
                        id.valueRange(),
                        "ticket id '" + id.value() + "' is also used by " + first.path()
                                + ": give this ticket its own id (or delete the copy)",
                        List.of(new RelatedLocation(first.path(), firstId.valueRange(), "the same id")));
            }
        });
    }
}
