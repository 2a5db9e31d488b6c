package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.tickets.TicketFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HL402: insert the missing fact as a body line in the ticket's own form: {@code **ID**: } with the
 * file name's id, {@code **Status**: open} (the rule only fires on unfinished tickets), and
 * {@code **Assigned to**: } left empty for the author to fill in. The finding's message names the
 * fact; a line already written with an empty value gets no second one, so asking again offers nothing.
 *
 * <p>Not safe: the values are guesses or blanks.
 */
final class InsertMissingMetadata implements FixProvider {
    @Override
    public Code code() {
        return Code.HL402;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        HandoffDocument doc = ctx.doc();
        List<TicketFacts> missing = new ArrayList<>();
        for (TicketFacts f : TicketFacts.values()) {
            if (f.required() && !TicketText.hasLine(doc, f)) {
                missing.add(f);
            }
        }
        String message = ctx.finding().message().toLowerCase(Locale.ROOT);
        List<TicketFacts> named = missing.stream()
                .filter(f -> message.contains("no " + f.label() + ":"))
                .toList();
        List<TicketFacts> chosen = named.isEmpty() ? missing : named;
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<String[]> lines = new ArrayList<>();
        for (TicketFacts f : chosen) {
            lines.add(new String[] {TicketText.bodyKey(f), value(doc, f)});
        }
        String title = "Insert "
                + String.join(
                        ", ",
                        lines.stream()
                                .map(kv -> "'" + ("**" + kv[0] + "**: " + kv[1]).strip() + "'")
                                .toList());
        return List.of(QuickFix.of(
                title, code(), ctx.path(), List.of(TicketText.insertLines(doc, lines, ctx.eol())), false, true));
    }

    private static String value(HandoffDocument doc, TicketFacts f) {
        return switch (f) {
            case ID -> {
                String name = doc.fileName();
                int dot = name.lastIndexOf('.');
                yield dot > 0 ? name.substring(0, dot) : name;
            }
            case STATUS -> "open";
            default -> "";
        };
    }
}
