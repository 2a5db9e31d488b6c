package dev.handoffls.rules.trail;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.index.Trail;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import dev.handoffls.text.Range;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * HL601: a must-track item, still open, that the newest coordinator L2 of the pipeline does not
 * mention, nor any directive of that phase or later — the telephone game's last step (spec §13).
 * Reported on that L2's handoff heading, one finding per item.
 */
public final class DroppedItem implements Rule {
    @Override
    public Code code() {
        return Code.HL601;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS, Fact.SCOPE_DOCUMENTS, Fact.SCOPE_MENTIONS);
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        if (!doc.isL2()
                || !doc.coordinator()
                || !doc.location().inPipeline()
                || doc.location().phase() == null) {
            return;
        }
        Trail trail = ctx.trail();
        if (trail.coordinatorPhases().size() < 2
                || trail.coordinatorPhases().last() != doc.location().phase().intValue()
                || !trail.coordinatorL2s(doc.location().phase()).get(0).path().equals(doc.path())) {
            return;
        }
        int newest = doc.location().phase();
        List<HandoffDocument> mentioners = TrailRules.newestMentioners(ctx, newest);
        Range at = doc.handoff().map(h -> h.heading().range()).orElseGet(ctx::firstHeadingOrStart);
        for (Trail.Item item : trail.items().values()) {
            if (!item.mustTrack()
                    || !item.carried()
                    || item.phase() == null
                    || item.phase() >= newest
                    || trail.closedBy(item.id(), newest)
                    || mentioners.stream().anyMatch(d -> trail.mentionedIn(item.id(), d))) {
                continue;
            }
            ctx.reportAbout(
                    item.id(),
                    at,
                    item.id() + " (" + TrailRules.quote(item.statement()) + ", raised in phase " + item.phase()
                            + ") is not mentioned in phase " + newest + "'s handoff: carry it forward (Forwarded: "
                            + item.id()
                            + " — …) or close it on purpose (Resolved:/Mitigated:/Dropped: " + item.id() + " — reason)",
                    new RelatedLocation(
                            item.origin().path(), item.origin().range(), "where " + item.id() + " was raised"));
        }
    }
}
