package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.features.TextEdit;
import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.model.Item;
import dev.handoffls.model.MalformedId;
import dev.handoffls.text.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * HL106: give each item of the category without an ID the next free ID of the scope, in document
 * order: {@code [AD-4] } inserted at the start of the item's text.
 *
 * <p>Not safe: IDs are public names other documents will cite; choosing them is the author's call.
 */
final class NumberItems implements FixProvider {
    @Override
    public Code code() {
        return Code.HL106;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        HandoffDocument doc = ctx.doc();
        Optional<HandoffSection> section = doc.isL2() ? doc.handoff() : doc.isPt() ? doc.registry() : Optional.empty();
        Optional<Category> category = section.flatMap(s -> s.categories().stream()
                .filter(c ->
                        c.ownsIds() && c.headingRange().equals(ctx.finding().range()))
                .findFirst());
        if (category.isEmpty()) {
            return List.of();
        }
        Set<Position> identified = identified(doc);
        String prefix = category.get().prefix();
        int n = ctx.scope().highestNumber(prefix);
        int first = n + 1;
        List<TextEdit> edits = new ArrayList<>();
        for (Item item : category.get().items()) {
            if (!identified.contains(item.range().start())) {
                edits.add(FixText.insert(ctx.text(), item.textStart(), "[" + prefix + "-" + (++n) + "] "));
            }
        }
        if (edits.isEmpty()) {
            return List.of();
        }
        String title = edits.size() == 1
                ? "Number the item as " + prefix + "-" + first
                : "Number the " + edits.size() + " items " + prefix + "-" + first + " through " + prefix + "-" + n;
        return List.of(QuickFix.of(title, code(), ctx.path(), edits, false, true));
    }

    /** Item starts that carry an ID, well-formed or malformed (as HL106 counts them). */
    private static Set<Position> identified(HandoffDocument doc) {
        Set<Position> starts = new HashSet<>();
        doc.definitions().forEach(d -> starts.add(d.itemRange().start()));
        for (Category c : FixText.idCategories(doc)) {
            for (Item item : c.items()) {
                for (MalformedId m : doc.malformedIds()) {
                    if (m.range().startLine() == item.range().startLine()
                            && item.range().contains(m.range().start())) {
                        starts.add(item.range().start());
                    }
                }
            }
        }
        return starts;
    }
}
