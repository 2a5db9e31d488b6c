package dev.handoffls.rules.tickets;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.MetadataValue;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.Optional;
import java.util.Set;

/** HL404: front matter and body disagree on the status; readers and tools each see a different one. */
public final class StatusMismatch implements Rule {
    @Override
    public Code code() {
        return Code.HL404;
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
        Optional<MetadataValue> fm = TicketFacts.STATUS.fromFrontMatter(doc);
        Optional<MetadataValue> body = TicketFacts.STATUS.fromBody(doc);
        if (fm.isEmpty() || body.isEmpty()) {
            return;
        }
        var statuses = ctx.config().statusValues();
        Optional<String> a = TicketFacts.status(fm.get().value(), statuses);
        Optional<String> b = TicketFacts.status(body.get().value(), statuses);
        if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
            ctx.report(
                    body.get().valueRange(),
                    "status here is '" + b.get() + "' but the front matter says '" + a.get() + "': make them agree",
                    new RelatedLocation(doc.path(), fm.get().valueRange(), "front matter status"));
        }
    }
}
