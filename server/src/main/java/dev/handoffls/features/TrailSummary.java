package dev.handoffls.features;

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
                        s.sites().stream()
                                .min(java.util.Comparator.comparing(
                                        (Trail.Site site) -> site.kind().ordinal()))
                                .map(site -> new Location(site.path(), site.range()))))
                .toList();
        List<Location> sites = trail.sites(id).stream()
                .map(s -> new Location(s.path(), s.range()))
                .toList();
        Integer lastSeen = trail.sites(id).stream()
                .map(Trail.Site::phase)
                .filter(p -> p != null)
                .max(Integer::compare)
                .orElse(null);
        return new TrailSummary(steps, state(trail, id), lastSeen, sites);
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
