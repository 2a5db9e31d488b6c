package dev.handoffls.features;

import com.google.common.collect.Lists;
import dev.handoffls.features.trail.TrailLine;
import dev.handoffls.features.trail.TrailState;
import dev.handoffls.index.Trail;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An ID's trail as the editor shows it: the one-line trail of {@link TrailLine} (the same the
 * {@code trail} command prints) with each step linked to its first site, the item's state, the last
 * phase that speaks of it, and every site in phase order (for a lens or a references peek).
 */
public record TrailSummary(List<Step> steps, String state, Integer lastSeen, List<Location> sites) {

    /** @param location the first site of the step; empty for a phase that is silent about the item */
    public record Step(String label, Optional<Location> location) {}

    public static TrailSummary of(WorkspaceIndex index, HandoffDocument doc, String id) {
        Trail trail = index.scopeOf(doc).trail(index.configFor(doc.path()));
        List<Step> steps = TrailLine.steps(trail, id).stream()
                .map(s -> new Step(
                        s.toString(),
                        // The step links to its most telling site: a definition before a reference.
                        mostTelling(s.sites()).map(site -> new Location(site.path(), site.range()))))
                .toList();
        // A view, mapped when read: a hover reads none of it, and an ID can have 75,000 sites.
        List<Location> sites = Lists.transform(trail.sites(id), s -> new Location(s.path(), s.range()));
        Integer lastSeen = null;
        for (Trail.Site s : trail.sites(id)) {
            if (s.phase() != null && (lastSeen == null || s.phase() > lastSeen)) {
                lastSeen = s.phase();
            }
        }
        return new TrailSummary(steps, state(trail, id), lastSeen, sites);
    }

    /** The first site of the lowest kind (a loop: a step can hold thousands of sites). */
    private static Optional<Trail.Site> mostTelling(List<Trail.Site> sites) {
        Trail.Site best = null;
        for (Trail.Site site : sites) {
            if (best == null || site.kind().ordinal() < best.kind().ordinal()) {
                best = site;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The steps joined with arrows: the text form of the line. */
    public String text() {
        return String.join(" → ", steps.stream().map(Step::label).toList());
    }

    /** "open", "forwarded", or how and where it was closed ("mitigated in P4", "resolved in the PT"). */
    private static String state(Trail trail, String id) {
        return trail.closure(id)
                .map(c -> c.kind().word().toLowerCase(Locale.ROOT)
                        + (c.phase() == null ? " in the PT" : " in P" + c.phase()))
                .orElse(TrailState.of(trail, id).label());
    }
}
