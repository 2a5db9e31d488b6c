package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.MetadataValue;
import dev.handoffls.rules.tickets.TicketFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HL404: two fixes, neither preferred: set the body's status to the front matter's, or the front
 * matter's to the body's. Only the status word is replaced; quotes, bold and commentary stay.
 *
 * <p>Not safe: which side is right is the author's call.
 */
final class MakeStatusesAgree implements FixProvider {
    @Override
    public Code code() {
        return Code.HL404;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        HandoffDocument doc = ctx.doc();
        Optional<MetadataValue> fm = TicketFacts.STATUS.fromFrontMatter(doc);
        Optional<MetadataValue> body = TicketFacts.STATUS.fromBody(doc);
        if (fm.isEmpty() || body.isEmpty()) {
            return List.of();
        }
        List<String> statuses = ctx.config().statusValues();
        Optional<String> a = TicketFacts.status(fm.get().value(), statuses);
        Optional<String> b = TicketFacts.status(body.get().value(), statuses);
        if (a.isEmpty() || b.isEmpty() || a.get().equals(b.get())) {
            return List.of();
        }
        List<QuickFix> out = new ArrayList<>();
        TicketText.setStatus(ctx.text(), body.get(), statuses, a.get())
                .ifPresent(e -> out.add(QuickFix.of(
                        "Set the body status to '" + a.get() + "' (as the front matter)",
                        code(),
                        ctx.path(),
                        List.of(e),
                        false,
                        false)));
        TicketText.setStatus(ctx.text(), fm.get(), statuses, b.get())
                .ifPresent(e -> out.add(QuickFix.of(
                        "Set the front matter status to '" + b.get() + "' (as the body)",
                        code(),
                        ctx.path(),
                        List.of(e),
                        false,
                        false)));
        return out;
    }
}
