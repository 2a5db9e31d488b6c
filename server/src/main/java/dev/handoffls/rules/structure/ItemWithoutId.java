package dev.handoffls.rules.structure;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.index.Fact;
import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.model.Item;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import dev.handoffls.text.Position;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * HL106: items of an ID category without an ID cannot be referenced, synced or tracked. One finding
 * per category, on its heading; only informational where the category uses no IDs at all (most real
 * L2s predate IDs).
 */
public final class ItemWithoutId implements Rule {
    @Override
    public Code code() {
        return Code.HL106;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS);
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        Optional<HandoffSection> section = doc.isL2() ? doc.handoff() : doc.isPt() ? doc.registry() : Optional.empty();
        if (section.isEmpty()) {
            return;
        }
        Set<Position> identified = identifiedItems(doc);
        // A closing or forwarding marker in a category (- Resolved: OQ-1 — …) is about an item, not one.
        BitSet markerLines = doc.markerLines();
        // Items in the team's own numbering (RISK-2: …) are identified once the scope knows the prefix.
        doc.teamItems().stream()
                .filter(t -> ctx.scope()
                        .teamPrefixCategory(t.prefix(), ctx.config().teamPrefixes())
                        .isPresent())
                .forEach(t -> identified.add(t.itemRange().start()));
        for (Category c : section.get().categories()) {
            if (!c.ownsIds() || c.items().isEmpty()) {
                continue;
            }
            List<Item> without = c.items().stream()
                    .filter(i -> !identified.contains(i.range().start())
                            && !markerLines.get(i.range().startLine()))
                    .toList();
            if (without.isEmpty()) {
                continue;
            }
            boolean noneHaveIds = without.size() == c.items().size();
            String next = ctx.scope().nextFreeId(c.prefix());
            ctx.reportWithSeverity(
                    Code.HL106,
                    noneHaveIds ? Severity.INFORMATION : Severity.WARNING,
                    c.headingRange(),
                    without.size() + " of " + c.items().size() + " items under '"
                            + c.heading().text()
                            + "' have no ID: start each with [" + c.prefix() + "-N] (next free: " + next
                            + ") so later phases can reference and sync it",
                    List.of());
        }
    }

    /** Item starts that carry an ID, well-formed or not: one set per document, not a scan per item. */
    private static Set<Position> identifiedItems(HandoffDocument doc) {
        Set<Position> starts = new HashSet<>();
        doc.definitions().forEach(d -> starts.add(d.itemRange().start()));
        for (Category c : doc.handoff().map(HandoffSection::categories).orElse(List.of())) {
            addMalformed(doc, c, starts);
        }
        for (Category c : doc.registry().map(HandoffSection::categories).orElse(List.of())) {
            addMalformed(doc, c, starts);
        }
        return starts;
    }

    private static void addMalformed(HandoffDocument doc, Category c, Set<Position> starts) {
        if (doc.malformedIds().isEmpty()) {
            return;
        }
        for (Item item : c.items()) {
            Position start = item.range().start();
            int line = start.line();
            if (doc.malformedIds().stream()
                    .anyMatch(m -> m.range().startLine() == line
                            && item.range().contains(m.range().start()))) {
                starts.add(start);
            }
        }
    }
}
