package dev.handoffls.rules.trail;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.index.Trail;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdReference;
import dev.handoffls.model.TrailMarker;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * HL603: a later phase leans on an item an earlier phase dropped or superseded. Resolved and mitigated
 * items may be cited freely; a marker line is not a reference; the closing phase itself may still
 * talk about the item (spec §13).
 */
public final class ReferenceToClosed implements Rule {
    @Override
    public Code code() {
        return Code.HL603;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS, Fact.SCOPE_DOCUMENTS, Fact.SCOPE_MENTIONS);
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        Integer phase = doc.location().phase();
        if (!doc.location().inPipeline() || phase == null) {
            return;
        }
        Trail trail = ctx.trail();
        BitSet markerLines = doc.markerLines();
        for (IdReference r : doc.references()) {
            if (markerLines.get(r.range().startLine())) {
                continue;
            }
            List<String> ids = r.ids();
            for (int i = 0; i < ids.size(); i++) { // every reference of the document: no iterator
                String id = ids.get(i);
                Optional<Trail.Closure> c = trail.closure(id);
                if (c.isEmpty() || !c.get().kind().retires() || !isEarlier(c.get(), phase, trail, id)) {
                    continue;
                }
                TrailMarker m = c.get().site().marker();
                String where = c.get().phase() == null
                        ? "in the PT"
                        : "in phase " + c.get().phase();
                String next = c.get().supersededBy() != null
                        ? ": refer to " + c.get().supersededBy() + " instead"
                        : ": drop the reference, or reopen the item where it was closed";
                ctx.report(
                        r.range(),
                        id + " was " + (c.get().kind() == TrailMarker.Kind.SUPERSEDED ? "superseded" : "dropped") + " "
                                + where + (m.reason().isEmpty() ? "" : " (" + m.reason() + ")") + next,
                        new RelatedLocation(
                                c.get().site().path(), c.get().site().range(), "where " + id + " was closed"));
                break;
            }
        }
    }

    /** Closed before this phase; a PT closure counts for phases after the item's own. */
    private static boolean isEarlier(Trail.Closure c, int phase, Trail trail, String id) {
        if (c.phase() != null) {
            return c.phase() < phase;
        }
        return trail.item(id).map(Trail.Item::phase).map(p -> p < phase).orElse(false);
    }
}
