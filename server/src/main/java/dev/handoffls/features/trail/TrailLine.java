package dev.handoffls.features.trail;

import dev.handoffls.index.Trail;
import dev.handoffls.index.Trail.Site;
import dev.handoffls.index.Trail.SiteKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The one-line trail of an item (spec §13): {@code P3 def → PT ✅ → P4 ref → P5 —}. One step per phase
 * in order, the PT right after the phase that carried the item, a {@code —} for each later coordinator
 * phase that does not mention the item while it is still open, sites without a phase last ({@code P?}).
 * Within a step the words follow the kinds' order: {@code def+ref}, {@code ref+directive}; a PT entry closed by
 * its closing word reads {@code PT ✅+resolved}.
 */
public final class TrailLine {
    /** Marks a coordinator phase that says nothing about the item. */
    public static final String SILENT = "—";

    /** One step: where ({@code P3}, {@code PT}, {@code P?}), what happened there, and its sites in order. */
    public record Step(String where, String what, List<Site> sites) {
        @Override
        public String toString() {
            return where + " " + what;
        }
    }

    private TrailLine() {}

    public static String of(Trail trail, String id) {
        return steps(trail, id).stream().map(Step::toString).collect(Collectors.joining(" → "));
    }

    public static List<Step> steps(Trail trail, String id) {
        TreeMap<Integer, List<Site>> byPhase = new TreeMap<>();
        List<Site> pt = new ArrayList<>();
        List<Site> noPhase = new ArrayList<>();
        List<Site> current = null; // the sites come in phase order: look a phase up when it changes
        Integer currentPhase = null;
        for (Site s : trail.sites(id)) {
            if (s.document().isPt()) {
                pt.add(s);
            } else if (s.phase() == null) {
                noPhase.add(s);
            } else {
                if (current == null || !s.phase().equals(currentPhase)) {
                    currentPhase = s.phase();
                    current = byPhase.computeIfAbsent(currentPhase, k -> new ArrayList<>());
                }
                current.add(s);
            }
        }
        // A closing word in the PT ([RESOLVED]) is a closure without a site of its own: show it in the PT's step.
        trail.closure(id)
                .map(Trail.Closure::site)
                .filter(s -> s.document().isPt())
                .ifPresent(pt::add);
        Integer origin = trail.item(id).map(Trail.Item::phase).orElse(null);
        for (int phase : trail.coordinatorPhases()) {
            if (origin != null && phase > origin && !byPhase.containsKey(phase) && stillOpenAt(trail, id, phase)) {
                byPhase.put(phase, List.of());
            }
        }
        List<Step> steps = new ArrayList<>();
        boolean ptPlaced = pt.isEmpty();
        if (!ptPlaced && (origin == null || byPhase.isEmpty() || byPhase.firstKey() > origin)) {
            steps.add(step("PT", pt));
            ptPlaced = true;
        }
        for (Map.Entry<Integer, List<Site>> e : byPhase.entrySet()) {
            steps.add(step("P" + e.getKey(), e.getValue()));
            if (!ptPlaced && e.getKey() >= origin) {
                steps.add(step("PT", pt));
                ptPlaced = true;
            }
        }
        if (!ptPlaced) {
            steps.add(step("PT", pt));
        }
        if (!noPhase.isEmpty()) {
            steps.add(step("P?", noPhase));
        }
        return steps;
    }

    private static boolean stillOpenAt(Trail trail, String id, int phase) {
        Optional<Trail.Closure> c = trail.closure(id);
        return c.isEmpty() || c.get().phase() != null && c.get().phase() > phase;
    }

    private static Step step(String where, List<Site> sites) {
        if (sites.isEmpty()) {
            return new Step(where, SILENT, sites);
        }
        // The words in the order of their kinds (as a stable sort by kind would give), without sorting: an ID
        // named in every document of a pipeline has thousands of sites in a step.
        Set<String> words = new LinkedHashSet<>();
        for (SiteKind kind : SiteKind.values()) {
            for (Site s : sites) {
                if (s.kind() == kind) {
                    words.add(word(s));
                    if (kind != SiteKind.CLOSED) {
                        break; // one word per kind, except the closing markers' own words
                    }
                }
            }
        }
        return new Step(where, String.join("+", words), List.copyOf(sites));
    }

    /** {@code def}, {@code ✅} for the PT, the marker's word for a closing site ({@code mitigated}), else the kind. */
    public static String word(Site s) {
        if (s.kind() == SiteKind.PT) {
            return "✅";
        }
        if (s.kind() == SiteKind.CLOSED && s.marker() != null) {
            return s.marker().kind().word().toLowerCase(Locale.ROOT);
        }
        return s.kind().label;
    }

    /** The label of a site's place: {@code P3}, {@code PT} or {@code P?}. */
    public static String where(Site s) {
        return s.document().isPt() ? "PT" : s.phase() == null ? "P?" : "P" + s.phase();
    }
}
