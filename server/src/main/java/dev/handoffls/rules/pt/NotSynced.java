package dev.handoffls.rules.pt;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.index.DefinitionSite;
import dev.handoffls.index.Fact;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * HL501: an item an L2 defines is missing from the scope's PT. Expected until the Lead syncs
 * ({@code info}); once the L2 says {@code PT-synced}, the mark claims a sync that left the item out
 * ({@code warning}). Every L2 that defines the ID is synced on its own, so each one is told; items
 * that Sync to PT would not copy stay silent: the later of two duplicates in one document (HL203) and
 * a statement that conflicts with the origin (HL204).
 */
public final class NotSynced implements Rule {
    @Override
    public Code code() {
        return Code.HL501;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS, Fact.SCOPE_DOCUMENTS);
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        ScopeIndex scope = ctx.scope();
        if (!doc.isL2() || doc.definitions().isEmpty() || scope.pt().isEmpty()) {
            return;
        }
        HandoffDocument pt = scope.pt().get();
        Set<String> inPt = pt.definitions().stream().map(IdDefinition::id).collect(Collectors.toSet());
        Optional<HandoffSection.SyncMark> mark = doc.handoff().flatMap(HandoffSection::syncMark);
        Severity severity = mark.isPresent() ? Severity.WARNING : Severity.INFORMATION;
        Set<String> seen = new HashSet<>();
        for (IdDefinition d : doc.definitions()) {
            if (!seen.add(d.id()) || inPt.contains(d.id()) || conflictsWithOrigin(scope, doc, d)) {
                continue;
            }
            String message = mark.isPresent()
                    ? d.id() + " is missing from the PERMANENT Task " + pt.path() + " although this L2 says PT-synced ("
                            + mark.get().date() + "): run Sync to PT again"
                    : d.id() + " is not in the PERMANENT Task " + pt.path()
                            + " yet: run Sync to PT on this L2 at the gate";
            ctx.reportWithSeverity(Code.HL501, severity, d.range(), message, List.of(whereItGoes(pt, d)));
        }
    }

    /** HL204's case: the first non-PT definition is elsewhere and says something else. */
    private static boolean conflictsWithOrigin(ScopeIndex scope, HandoffDocument doc, IdDefinition d) {
        Optional<DefinitionSite> first = scope.statementOrigin(d.id());
        return first.isPresent()
                && !first.get().path().equals(doc.path())
                && !first.get().definition().normalizedStatement().equals(d.normalizedStatement());
    }

    private static RelatedLocation whereItGoes(HandoffDocument pt, IdDefinition d) {
        Optional<Category> section =
                pt.registry().flatMap(r -> r.category(d.token().prefix()));
        if (section.isPresent()) {
            return new RelatedLocation(
                    pt.path(), section.get().headingRange(), "the PT section " + d.id() + " belongs in");
        }
        return new RelatedLocation(
                pt.path(),
                pt.firstHeading().map(h -> h.range()).orElse(dev.handoffls.text.Range.of(0, 0, 0, 0)),
                "the PERMANENT Task");
    }
}
