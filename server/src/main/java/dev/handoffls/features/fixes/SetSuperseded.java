package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.features.TextEdit;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.MetadataValue;
import dev.handoffls.rules.tickets.TicketFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HL504: set the consolidated ticket's status to {@code superseded}: the front matter value and the
 * body value, wherever each is written (only the status word; commentary stays). A ticket stating
 * no status gets a {@code **Status**: superseded} line where HL402 would put it.
 *
 * <p>Not safe: "consolidated" is read from prose, and closing a ticket is the owner's call.
 */
final class SetSuperseded implements FixProvider {
    static final String SUPERSEDED = "superseded";

    @Override
    public Code code() {
        return Code.HL504;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        HandoffDocument doc = ctx.doc();
        List<String> statuses = ctx.config().statusValues();
        List<TextEdit> edits = new ArrayList<>();
        List<MetadataValue> values = new ArrayList<>();
        TicketFacts.STATUS.fromFrontMatter(doc).ifPresent(values::add);
        TicketFacts.STATUS.fromBody(doc).ifPresent(values::add);
        for (MetadataValue v : values) {
            Optional<String> current = TicketFacts.status(v.value(), statuses);
            if (current.isPresent() && current.get().equals(SUPERSEDED)) {
                continue;
            }
            TicketText.setStatus(ctx.text(), v, statuses, SUPERSEDED).ifPresent(edits::add);
        }
        if (values.isEmpty() && !TicketText.hasLine(doc, TicketFacts.STATUS)) {
            List<String[]> line = new ArrayList<>();
            line.add(new String[] {TicketText.bodyKey(TicketFacts.STATUS), SUPERSEDED});
            edits.add(TicketText.insertLines(doc, line, ctx.eol()));
        }
        if (edits.isEmpty()) {
            return List.of();
        }
        return List.of(QuickFix.of("Set the status to 'superseded'", code(), ctx.path(), edits, false, true));
    }
}
