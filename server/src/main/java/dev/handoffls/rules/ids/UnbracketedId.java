package dev.handoffls.rules.ids;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.Item;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * HL207: {@code - AD-1: …} works, but the protocol's form is {@code - [AD-1] …}. One finding per
 * category, on its heading (as HL106): a team that has not adopted brackets gets one nudge per list,
 * not one per item.
 */
public final class UnbracketedId implements Rule {
    @Override
    public Code code() {
        return Code.HL207;
    }

    @Override
    public Set<Fact> reads() {
        return Set.of();
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        Map<Range, List<Integer>> byItem = unbracketedByItem(doc);
        if (byItem.isEmpty()) {
            return;
        }
        for (Category c : categories(doc)) {
            List<IdDefinition> unbracketed = unbracketedIn(doc, c, byItem);
            if (unbracketed.isEmpty()) {
                continue;
            }
            List<String> ids = unbracketed.stream().map(IdDefinition::id).toList();
            String shown = ids.size() <= 4 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 3)) + ", …";
            ctx.report(
                    c.headingRange(),
                    (ids.size() == 1 ? "1 item" : ids.size() + " items") + " under '"
                            + c.heading().text() + "' define" + (ids.size() == 1 ? "s" : "")
                            + " an ID without brackets ("
                            + shown + "): write [" + ids.get(0) + "] at the start of each item (Decision 011 §4.1)");
        }
    }

    /** The ID categories of the document's handoff section and PT registry. */
    public static List<Category> categories(HandoffDocument doc) {
        return doc.sectionCategories().stream().filter(Category::ownsIds).toList();
    }

    /** The unbracketed definitions made by the items of one category. */
    public static List<IdDefinition> unbracketedIn(HandoffDocument doc, Category c) {
        return unbracketedIn(doc, c, unbracketedByItem(doc));
    }

    /**
     * In the document's order, as a filter of its definitions would give them; looked up by item so that a
     * document with many categories is not read once per category.
     */
    private static List<IdDefinition> unbracketedIn(HandoffDocument doc, Category c, Map<Range, List<Integer>> byItem) {
        TreeSet<Integer> indexes = new TreeSet<>();
        for (Item item : c.items()) {
            indexes.addAll(byItem.getOrDefault(item.range(), List.of()));
        }
        return indexes.stream().map(doc.definitions()::get).toList();
    }

    /** The positions in {@code doc.definitions()} of the unbracketed definitions, by the range of their item. */
    private static Map<Range, List<Integer>> unbracketedByItem(HandoffDocument doc) {
        Map<Range, List<Integer>> out = new HashMap<>();
        List<IdDefinition> definitions = doc.definitions();
        for (int i = 0; i < definitions.size(); i++) {
            if (!definitions.get(i).bracketed()) {
                out.computeIfAbsent(definitions.get(i).itemRange(), r -> new ArrayList<>())
                        .add(i);
            }
        }
        return out;
    }
}
