package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.features.TextEdit;
import dev.handoffls.model.Category;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.Item;
import dev.handoffls.rules.ids.UnbracketedId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * HL207: every {@code AD-1: text} of the category → {@code [AD-1] text}, {@code **R-2** — text} →
 * {@code text}: the ID, its bold markers and the separator become the bracket. A bold run opened
 * before the ID and closed after the statement ({@code **AD-7: Text.**}) is reopened after the bracket.
 *
 * <p>Safe: the IDs and the statements stay as written.
 */
final class AddBrackets implements FixProvider {
    @Override
    public Code code() {
        return Code.HL207;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        Optional<Category> category = UnbracketedId.categories(ctx.doc()).stream()
                .filter(c -> c.headingRange().equals(ctx.finding().range()))
                .findFirst();
        if (category.isEmpty()) {
            return List.of();
        }
        List<TextEdit> edits = new ArrayList<>();
        for (IdDefinition def : UnbracketedId.unbracketedIn(ctx.doc(), category.get())) {
            Optional<Item> item = FixText.item(ctx.doc(), def);
            if (item.isEmpty()) {
                continue;
            }
            String text = item.get().text();
            Matcher lead = FixText.unbracketedLead(text, def.id());
            if (lead.find()) {
                int start = item.get().textStart();
                edits.add(FixText.replace(
                        ctx.text(), start, start + lead.end(), bracketed(def.id(), text, lead.group(), lead.end())));
            }
        }
        if (edits.isEmpty()) {
            return List.of();
        }
        return List.of(QuickFix.of(
                edits.size() == 1 ? "Add the brackets" : "Add the brackets to " + edits.size() + " IDs",
                code(),
                ctx.path(),
                edits,
                true,
                true));
    }

    /** The bracket that replaces an unbracketed lead, reopening bold when the lead opened it. */
    static String bracketed(String id, String itemText, String lead, int leadEnd) {
        boolean atLineEnd =
                leadEnd >= itemText.length() || itemText.charAt(leadEnd) == '\n' || itemText.charAt(leadEnd) == '\r';
        String reopen = FixText.boldMarkers(lead) % 2 == 1 ? "**" : "";
        return "[" + id + "]" + (atLineEnd && reopen.isEmpty() ? "" : " ") + reopen;
    }
}
