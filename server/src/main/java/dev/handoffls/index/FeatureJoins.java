package dev.handoffls.index;

import dev.handoffls.model.HandoffDocument;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Pipelines joined by feature (spec §4 v3): real runs split one feature's phases across team folders,
 * and each folder's top-level {@code global-context.md} (or {@code orchestration-plan.md}) names the
 * same {@code feature:} in its front matter. Such folders are one scope.
 */
final class FeatureJoins {
    static final Set<String> DECLARING_FILES = Set.of("global-context.md", "orchestration-plan.md");

    private FeatureJoins() {}

    /** Whether a document can declare its pipeline's feature: a change to it may join or split scopes. */
    static boolean declares(HandoffDocument d) {
        return DECLARING_FILES.contains(d.fileName())
                && d.location().inPipeline()
                && d.location().folder().equals(d.location().pipelineFolder());
    }

    /** Scope key → joined scope key, for the pipelines that share a feature with another pipeline. */
    static Map<String, String> of(Collection<HandoffDocument> documents) {
        Map<String, TreeSet<String>> byFeature = new TreeMap<>();
        for (HandoffDocument d : documents) {
            if (declares(d)) {
                d.frontMatter()
                        .flatMap(fm -> fm.value("feature"))
                        .map(String::strip)
                        .filter(f -> !f.isEmpty())
                        .ifPresent(f -> byFeature
                                .computeIfAbsent(f, k -> new TreeSet<>())
                                .add(d.location().scope()));
            }
        }
        Map<String, String> out = new HashMap<>();
        byFeature.forEach((feature, scopes) -> {
            if (scopes.size() >= 2) {
                scopes.forEach(s -> out.putIfAbsent(s, "feature:" + feature));
            }
        });
        return Map.copyOf(out);
    }
}
