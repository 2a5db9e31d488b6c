package dev.handoffls.features;

import dev.handoffls.index.ScopeIndex;
import dev.handoffls.index.Trail;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ID's trail on one line (spec §13): {@code P3 def → PT ✅ → P4 ref → P5 — → P6 ref}. One step per
 * phase and kind, in phase order, each linked to its first site; a {@code —} for a later coordinator
 * phase that does not mention the item; the PT's state; closing markers by their word.
 */
public final class TrailLine {
    /** @param location the first site of the step; empty for a phase that is silent about the item */
    public record Step(String label, Optional<Location> location) {
    }

    /** The item's state for a lens: open, closed (by which word, where), or forwarded. */
    public record Summary(List<Step> steps, String state, Integer lastSeen, List<Location> sites) {
    }

    private TrailLine() {
    }

    public static Summary of(WorkspaceIndex index, HandoffDocument doc, String id) {
        ScopeIndex scope = index.scopeOf(doc);
        Trail trail = scope.trail(index.configFor(doc.path()));
        List<Trail.Site> sites = trail.sites(id);
        Map<String, Step> steps = new LinkedHashMap<>();
        Integer lastSeen = null;
        Integer itemPhase = trail.item(id).map(Trail.Item::phase).orElse(null);
        List<Location> locations = new ArrayList<>();
        for (Trail.Site s : sites) {
            locations.add(new Location(s.path(), s.range()));
        }
        // Within a phase the definition comes first, however the document is laid out.
        List<Trail.Site> byStep = sites.stream().sorted(java.util.Comparator
                .comparing((Trail.Site s) -> s.phase() == null ? Integer.MAX_VALUE : s.phase())
                .thenComparing(s -> s.kind().ordinal())).toList();
        for (Trail.Site s : byStep) {
            Integer phase = s.phase();
            if (phase != null) {
                lastSeen = lastSeen == null ? phase : Math.max(lastSeen, phase);
            }
            String label = label(scope, id, s);
            steps.putIfAbsent(label, new Step(label, Optional.of(new Location(s.path(), s.range()))));
        }
        List<Step> ordered = new ArrayList<>(steps.values());
        // The PT has no phase; it belongs right after the definition it copies.
        ordered.stream().filter(st -> st.label().startsWith("PT")).findFirst().ifPresent(pt -> {
            ordered.remove(pt);
            int def = 0;
            while (def < ordered.size() && !ordered.get(def).label().endsWith(" def")) {
                def++;
            }
            ordered.add(Math.min(def + 1, ordered.size()), pt);
        });
        if (itemPhase != null) {
            for (int p : trail.coordinatorPhases().tailSet(itemPhase, false)) {
                boolean said = sites.stream().anyMatch(s -> s.phase() != null && s.phase() == p);
                if (!said) {
                    insertSilent(ordered, p);
                }
            }
        }
        return new Summary(List.copyOf(ordered), state(trail, id), lastSeen, List.copyOf(locations));
    }

    /** The steps joined with arrows: the text form of the line. */
    public static String text(List<Step> steps) {
        return String.join(" → ", steps.stream().map(Step::label).toList());
    }

    private static String label(ScopeIndex scope, String id, Trail.Site s) {
        String kind = switch (s.kind()) {
            case PT -> "PT " + (PtState.of(scope, id).lens.isEmpty() ? "✅" : PtState.of(scope, id).lens);
            case CLOSED -> s.marker().kind().word().toLowerCase(java.util.Locale.ROOT);
            default -> s.kind().label;
        };
        if (s.kind() == Trail.SiteKind.PT) {
            return kind;
        }
        return s.phase() == null ? kind : "P" + s.phase() + " " + kind;
    }

    /** A silent phase goes before the first step of a later phase (or at the end). */
    private static void insertSilent(List<Step> steps, int phase) {
        Step silent = new Step("P" + phase + " —", Optional.empty());
        for (int i = 0; i < steps.size(); i++) {
            Integer p = phaseOf(steps.get(i).label());
            if (p != null && p > phase) {
                steps.add(i, silent);
                return;
            }
        }
        steps.add(silent);
    }

    private static Integer phaseOf(String label) {
        if (!label.startsWith("P") || label.startsWith("PT")) {
            return null;
        }
        int space = label.indexOf(' ');
        try {
            return Integer.valueOf(label.substring(1, space < 0 ? label.length() : space));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String state(Trail trail, String id) {
        Optional<Trail.Closure> c = trail.closure(id);
        if (c.isPresent()) {
            return c.get().kind().word().toLowerCase(java.util.Locale.ROOT)
                    + (c.get().phase() == null ? " in the PT" : " in P" + c.get().phase());
        }
        boolean forwarded = trail.sites(id).stream().anyMatch(s -> s.kind() == Trail.SiteKind.FORWARDED);
        return forwarded ? "forwarded" : "open";
    }
}
