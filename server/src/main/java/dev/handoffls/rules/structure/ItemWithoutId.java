package dev.handoffls.rules.structure;

import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.model.Item;
import dev.handoffls.rules.Code;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import dev.handoffls.rules.Severity;
import java.util.List;
import java.util.Optional;

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
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        Optional<HandoffSection> section = doc.isL2() ? doc.handoff() : doc.isPt() ? doc.registry() : Optional.empty();
        if (section.isEmpty()) {
            return;
        }
        for (Category c : section.get().categories()) {
            if (!c.ownsIds() || c.items().isEmpty()) {
                continue;
            }
            List<Item> without = c.items().stream().filter(i -> !hasId(doc, i)).toList();
            if (without.isEmpty()) {
                continue;
            }
            boolean noneHaveIds = without.size() == c.items().size();
            String next = ctx.scope().nextFreeId(c.prefix());
            ctx.reportWithSeverity(Code.HL106, noneHaveIds ? Severity.INFORMATION : Severity.WARNING, c.headingRange(),
                    without.size() + " of " + c.items().size() + " items under '" + c.heading().text()
                            + "' have no ID: start each with [" + c.prefix() + "-N] (next free: " + next
                            + ") so later phases can reference and sync it", List.of());
        }
    }

    private static boolean hasId(HandoffDocument doc, Item item) {
        return doc.definitions().stream().anyMatch(d -> d.itemRange().equals(item.range()))
                || doc.malformedIds().stream().anyMatch(m -> item.range().contains(m.range().start()));
    }
}
