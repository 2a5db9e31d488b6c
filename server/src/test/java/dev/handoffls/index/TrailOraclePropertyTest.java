package dev.handoffls.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.config.HandoffConfig;
import dev.handoffls.config.LoadedConfig;
import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.index.Trail.Site;
import dev.handoffls.index.Trail.SiteKind;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.IdReference;
import dev.handoffls.model.TeamItem;
import dev.handoffls.model.TrailMarker;
import dev.handoffls.parse.DocumentParser;
import dev.handoffls.testing.PropertyBudget;
import dev.handoffls.testing.ScaledTries;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The trail gathers an ID's sites on request, from each document's {@link MentionSites}; this property
 * holds it equal to the plain way of building it (every site of every document collected up front, then
 * sorted by document order and position, as the trail did before issue 12's fifth pass): the sites of
 * each ID, the order IDs are first met in, and each item's origin and phase. Pipelines of up to 57
 * documents take both ways of finding the documents that mention an ID.
 */
@AddLifecycleHook(PropertyBudget.class)
class TrailOraclePropertyTest {
    private static final String TEAM = ".agent/teams/p/";
    private static final DocumentParser PARSER = new DocumentParser(new WorkspaceLayout(HandoffConfig.defaults()));

    @Provide
    Arbitrary<Map<String, String>> pipelines() {
        Arbitrary<String> id = Combinators.combine(
                        Arbitraries.of("R", "AD", "OQ"), Arbitraries.integers().between(1, 6))
                .as((p, n) -> p + "-" + n);
        Arbitrary<String> line = Arbitraries.oneOf(
                id.map(i -> "- [" + i + "] The statement of " + i + "."),
                id.map(i -> "- [" + i + "] Closed in the registry. [RESOLVED]"),
                id.map(i -> "We watched " + i + " closely."),
                Combinators.combine(id, id).as((a, b) -> "See " + a + " and " + b + ", then " + a + " again."),
                id.map(i -> "Resolved: " + i + " — the vendor fixed it"),
                id.map(i -> "Forwarded: " + i + " → phase 9 (later)"),
                id.map(i -> "Dropped: " + i + " — out of scope; " + i + " stays here"),
                Arbitraries.of("R-1 through R-4 are the load risks.", "- RISK-1: a team's own label", ""));
        Arbitrary<String> body = line.list().ofMinSize(1).ofMaxSize(8).map(ls -> String.join("\n", ls));
        Arbitrary<String> l2 = body.map(b -> "# Phase summary\n\n" + b
                + "\n\n## Downstream Handoff\n### Risks Identified (Must-Track)\n" + b + "\n");
        Arbitrary<String> pt = body.map(b -> "# PERMANENT Task\n\n## Risk Registry\n" + b + "\n");
        Arbitrary<String> directive = body.map(b -> "# Directive\n\n" + b + "\n");
        return Combinators.combine(
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(0, 12),
                        l2.list().ofSize(60),
                        pt,
                        directive)
                .as((phases, workers, l2s, ptText, directiveText) -> {
                    Map<String, String> files = new TreeMap<>();
                    files.put(TEAM + "permanent-task.md", ptText);
                    int next = 0;
                    for (int phase = 1; phase <= phases; phase++) {
                        files.put(TEAM + "phase-" + phase + "/coordinator/L2-summary.md", l2s.get(next++));
                        for (int w = 1; w <= workers; w++) {
                            files.put(TEAM + "phase-" + phase + "/worker-" + w + "/L2-summary.md", l2s.get(next++));
                        }
                    }
                    files.put(TEAM + "phase-" + phases + "/directive.md", directiveText);
                    return files;
                });
    }

    @Property
    @ScaledTries(permille = 100, min = 50)
    void theTrailEqualsTheSitesCollectedUpFront(@ForAll("pipelines") Map<String, String> files) {
        WorkspaceIndex index = WorkspaceIndex.empty(LoadedConfig.defaults());
        for (Map.Entry<String, String> f : files.entrySet()) {
            index = index.withDocument(PARSER.parse(f.getKey(), f.getValue()));
        }
        HandoffDocument any = index.document(TEAM + "permanent-task.md").orElseThrow();
        ScopeIndex scope = index.scopeOf(any);
        HandoffConfig config = index.configFor(any.path());
        Trail trail = scope.trail(config);
        Map<String, List<Site>> expected = collectedUpFront(scope, config);

        assertThat(trail.allSites().keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(trail.items().keySet())
                .containsExactlyInAnyOrderElementsOf(expected.entrySet().stream()
                        .filter(e -> e.getValue().stream().anyMatch(s -> isDefinition(s.kind())))
                        .map(Map.Entry::getKey)
                        .toList());
        expected.forEach((id, sites) -> {
            assertThat(shown(trail.sites(id))).as(id).containsExactlyElementsOf(shown(sites));
            trail.item(id).ifPresent(item -> {
                Site origin = sites.stream()
                        .filter(s -> s.kind() == SiteKind.DEF)
                        .findFirst()
                        .orElse(sites.get(0));
                Integer phase = sites.stream()
                        .filter(s -> Trail.isCoordinatorL2(s.document()) && isDefinition(s.kind()) && s.phase() != null)
                        .map(Site::phase)
                        .findFirst()
                        .orElse(origin.phase());
                assertThat(shown(List.of(item.origin()))).as(id + " origin").isEqualTo(shown(List.of(origin)));
                assertThat(item.phase()).as(id + " phase").isEqualTo(phase);
            });
        });
    }

    /** The trail's sites as they were built before: every site of every document, then one sort. */
    private static Map<String, List<Site>> collectedUpFront(ScopeIndex scope, HandoffConfig config) {
        List<HandoffDocument> docs = scope.originOrdered();
        Map<String, List<Site>> byId = new LinkedHashMap<>();
        for (HandoffDocument d : docs) {
            BitSet markerLines = d.markerLines();
            Set<String> definedHere = new HashSet<>();
            for (IdDefinition def : d.definitions()) {
                if (definedHere.add(def.id())) {
                    define(byId, d, def.id(), def.range());
                }
            }
            for (TeamItem t : d.teamItems()) {
                if (scope.teamPrefixCategory(t.prefix(), config.teamPrefixes()).isPresent()
                        && definedHere.add(t.label())) {
                    define(byId, d, t.label(), t.range());
                }
            }
            SiteKind refKind = d.kind() == DocumentKind.DIRECTIVE ? SiteKind.DIRECTIVE : SiteKind.REF;
            for (IdReference r : d.references()) {
                if (!markerLines.get(r.range().startLine())) {
                    for (String id : r.ids()) {
                        byId.computeIfAbsent(id, k -> new ArrayList<>()).add(new Site(refKind, d, r.range(), null));
                    }
                }
            }
            for (TrailMarker m : d.markers()) {
                SiteKind kind = m.kind().closes() ? SiteKind.CLOSED : SiteKind.FORWARDED;
                for (String id : m.ids()) {
                    byId.computeIfAbsent(id, k -> new ArrayList<>()).add(new Site(kind, d, m.range(), m));
                }
            }
        }
        byId.values()
                .forEach(list ->
                        list.sort(java.util.Comparator.comparing((Site s) -> s.document(), OriginOrder.DOCUMENTS)
                                .thenComparing(Site::range, Range.BY_START)));
        return byId;
    }

    private static void define(Map<String, List<Site>> byId, HandoffDocument d, String id, Range range) {
        List<Site> list = byId.computeIfAbsent(id, k -> new ArrayList<>());
        boolean first = list.stream().noneMatch(s -> isDefinition(s.kind()));
        list.add(new Site(d.isPt() ? SiteKind.PT : first ? SiteKind.DEF : SiteKind.RESTATE, d, range, null));
    }

    private static boolean isDefinition(SiteKind kind) {
        return kind == SiteKind.DEF || kind == SiteKind.RESTATE || kind == SiteKind.PT;
    }

    private static List<String> shown(List<Site> sites) {
        return sites.stream()
                .map(s -> s.kind() + " " + s.path() + " " + s.range() + (s.marker() == null ? "" : " marker"))
                .toList();
    }
}
