package dev.handoffls.rules.trail;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.index.Trail;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.TeamItem;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import dev.handoffls.text.Range;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * HL602: a worker L2 of phase N defines an item in its Downstream Handoff that the coordinator L2s of
 * phase N neither define nor mention: lost at consolidation (spec §13). On the coordinator's handoff
 * heading, with the worker's item as related location.
 */
public final class DroppedAtConsolidation implements Rule {
    @Override
    public Code code() {
        return Code.HL602;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS, Fact.SCOPE_DOCUMENTS, Fact.SCOPE_MENTIONS);
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        Integer phase = doc.location().phase();
        if (!doc.isL2()
                || !doc.coordinator()
                || !doc.location().inPipeline()
                || phase == null
                || doc.handoff().isEmpty()) {
            return;
        }
        Trail trail = ctx.trail();
        List<HandoffDocument> coordinators = trail.coordinatorL2s(phase);
        if (coordinators.isEmpty() || !coordinators.get(0).path().equals(doc.path())) {
            return;
        }
        Range at = doc.handoff().get().heading().range();
        Set<String> reported = new HashSet<>();
        for (HandoffDocument worker : ctx.scope().documents()) {
            if (!worker.isL2()
                    || worker.coordinator()
                    || !phase.equals(worker.location().phase())) {
                continue;
            }
            for (IdDefinition def : worker.definitions()) {
                check(ctx, trail, coordinators, worker, def.id(), def.statement(), def.itemRange(), at, reported);
            }
            for (TeamItem t : worker.teamItems()) {
                if (trail.item(t.label()).isPresent()) {
                    check(ctx, trail, coordinators, worker, t.label(), t.statement(), t.itemRange(), at, reported);
                }
            }
        }
    }

    private static void check(
            RuleContext ctx,
            Trail trail,
            List<HandoffDocument> coordinators,
            HandoffDocument worker,
            String id,
            String statement,
            Range item,
            Range at,
            Set<String> reported) {
        if (coordinators.stream().anyMatch(c -> trail.mentionedIn(id, c)) || !reported.add(id)) {
            return;
        }
        ctx.reportAbout(
                id,
                at,
                worker.path()
                                .substring(worker.path()
                                                .lastIndexOf('/', worker.path().lastIndexOf('/') - 1)
                                        + 1)
                        + " hands over " + id + " (" + TrailRules.quote(statement)
                        + "), which this consolidated handoff "
                        + "neither carries nor mentions: copy the item here verbatim, or say why it stops (Dropped: "
                        + id
                        + " — reason)",
                new RelatedLocation(worker.path(), item, "the worker's " + id));
    }
}
