package dev.handoffls.features.fixes;

import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.Item;
import dev.handoffls.rules.Code;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * HL207: {@code AD-1: text} → {@code [AD-1] text}, {@code **R-2** — text} → {@code text}: the
 * ID, its bold markers and the separator become the bracket. A bold run opened before the ID and
 * closed after the statement ({@code **AD-7: Text.**}) is reopened after the bracket.
 *
 * <p>Safe: the ID and the statement stay as written.
 */
final class AddBrackets implements FixProvider {
    @Override
    public Code code() {
        return Code.HL207;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        Optional<IdDefinition> def = FixText.definitionAt(ctx.doc(), ctx.finding().range()).filter(d -> !d.bracketed());
        Optional<Item> item = def.flatMap(d -> FixText.item(ctx.doc(), d));
        if (item.isEmpty()) {
            return List.of();
        }
        String text = item.get().text();
        Matcher lead = FixText.unbracketedLead(text, def.get().id());
        if (!lead.find()) {
            return List.of();
        }
        int start = item.get().textStart();
        return List.of(QuickFix.of("Write [" + def.get().id() + "]", code(), ctx.path(),
                List.of(FixText.replace(ctx.text(), start, start + lead.end(), bracketed(def.get().id(), text, lead.group(),
                        lead.end()))), true, true));
    }

    /** The bracket that replaces an unbracketed lead, reopening bold when the lead opened it. */
    static String bracketed(String id, String itemText, String lead, int leadEnd) {
        boolean atLineEnd = leadEnd >= itemText.length() || itemText.charAt(leadEnd) == '\n' || itemText.charAt(leadEnd) == '\r';
        String reopen = FixText.boldMarkers(lead) % 2 == 1 ? "**" : "";
        return "[" + id + "]" + (atLineEnd && reopen.isEmpty() ? "" : " ") + reopen;
    }
}
