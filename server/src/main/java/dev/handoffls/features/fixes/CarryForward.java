package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Trail;
import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.text.DocumentText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HL601: keep a dropped item alive on purpose — {@code - Forwarded: R-1 — <statement>} — or close it
 * with a marker whose reason a person writes ({@code - Resolved: R-1 — <why>}, {@code - Dropped: …}).
 * Inserted at the end of the item's category in the newest handoff (the section's end when the
 * category is missing). Never safe: whether an item goes on or stops is the Lead's decision.
 */
final class CarryForward implements FixProvider {
    @Override
    public Code code() {
        return Code.HL601;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        String id = ctx.finding().data().subject();
        Optional<Trail.Item> item = ctx.scope().trail(ctx.config()).item(id);
        Optional<HandoffSection> section = ctx.doc().handoff();
        if (item.isEmpty() || section.isEmpty()) {
            return List.of();
        }
        int after = lastLine(ctx.text(), section.get(), item.get().categoryPrefix());
        List<QuickFix> out = new ArrayList<>();
        out.add(insert(
                ctx,
                after,
                "Forward " + id + " to the next phase",
                "- Forwarded: " + id + " — " + item.get().statement(),
                true));
        out.add(insert(
                ctx, after, "Close " + id + " as resolved (write why)", "- Resolved: " + id + " — <why>", false));
        out.add(insert(ctx, after, "Drop " + id + " on purpose (write why)", "- Dropped: " + id + " — <why>", false));
        return out;
    }

    private static QuickFix insert(FixContext ctx, int after, String title, String line, boolean preferred) {
        return QuickFix.of(
                title,
                Code.HL601,
                ctx.path(),
                List.of(FixText.insertLinesAfter(ctx.text(), after, List.of(line), ctx.eol())),
                false,
                preferred);
    }

    /** The last non-blank line of the category that owns the prefix, else of the whole section. */
    private static int lastLine(DocumentText t, HandoffSection section, String prefix) {
        for (Category c : section.categories()) {
            if (prefix.equals(c.prefix())) {
                return FixText.lastNonBlank(t, c.heading().line(), c.endLine());
            }
        }
        return FixText.lastNonBlank(t, section.heading().line(), section.endLine());
    }
}
