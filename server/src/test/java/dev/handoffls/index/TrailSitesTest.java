package dev.handoffls.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An ID's sites in phase order, collected on request: from every document of a small pipeline, and
 * through the index of mentioning documents in a pipeline of more than 32 documents; both give the same.
 */
class TrailSitesTest {
    @TempDir
    Path tmp;

    private static final String TEAM = ".agent/teams/beta/";

    private Trail trail(int phases) {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "coordinatorFolders: [\"coord\"]\n")
                .file(TEAM + "phase-1/coord/L2-summary.md", """
                        # Phase 1 — design
                        ## Downstream Handoff
                        ### Risks Identified (Must-Track)
                        - [R-1] The cache can serve stale prices for a minute.
                        """)
                .file(TEAM + "permanent-task.md", """
                        # PERMANENT Task — Beta
                        ## Risk Registry
                        - [R-1] The cache can serve stale prices for a minute.
                        - [R-9] Nobody owns the import job.
                        """);
        for (int p = 2; p <= phases; p++) {
            ws.file(
                    TEAM + "phase-" + p + "/coord/L2-summary.md",
                    "# Phase " + p + "\nWe watched R-1; R-9 is new.\n" + "Forwarded: R-1 → phase " + (p + 1)
                            + " (still open)\n## Downstream Handoff\n- None\n");
        }
        WorkspaceIndex index = ws.index();
        String scope = index.scopes().stream()
                .filter(s -> s.endsWith("beta"))
                .findFirst()
                .orElseThrow();
        return index.scope(scope).trail(index.configFor(TEAM + "permanent-task.md"));
    }

    private static List<String> shown(List<Trail.Site> sites) {
        return sites.stream()
                .map(s -> s.kind().label + "@" + (s.phase() == null ? "PT" : s.phase()) + ":"
                        + s.range().startLine())
                .toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 40})
    void anIdsSitesAreInPhaseOrderAndByPlaceWithinADocument(int phases) {
        Trail trail = trail(phases);

        List<String> expected = new ArrayList<>(List.of("def@1:3"));
        for (int p = 2; p <= phases; p++) {
            expected.add("ref@" + p + ":1");
            expected.add("forwarded@" + p + ":2");
        }
        expected.add("pt@PT:2");
        assertThat(shown(trail.sites("R-1"))).containsExactlyElementsOf(expected);
        assertThat(trail.allSites().get("R-1")).isEqualTo(trail.sites("R-1"));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 40})
    void anItemOfThePtAloneStartsWhereItWasFirstMentioned(int phases) {
        Trail trail = trail(phases);

        Trail.Item item = trail.item("R-9").orElseThrow();
        assertThat(item.origin().path()).isEqualTo(TEAM + "phase-2/coord/L2-summary.md");
        assertThat(item.phase()).isEqualTo(2);
        assertThat(trail.sites("R-9")).hasSize(phases); // a reference in each phase from 2, and the PT
        assertThat(trail.sites("R-404")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 40})
    void idsAreListedInTheOrderFirstMetAndEachDocumentKnowsWhatItMentions(int phases) {
        Trail trail = trail(phases);

        assertThat(trail.allSites().keySet()).containsExactly("R-1", "R-9");
        var phase2 = trail.sites("R-9").get(0).document();
        var phase1 = trail.sites("R-1").get(0).document();
        assertThat(trail.mentionedIn("R-9", phase2)).isTrue();
        assertThat(trail.mentionedIn("R-1", phase1)).isTrue();
        assertThat(trail.mentionedIn("R-9", phase1)).isFalse();
    }
}
