package dev.handoffls.features.trail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.index.Trail;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-line trail of spec §13 ({@code P3 def → PT ✅ → P4 ref → P5 —}) and the item's state. */
class TrailLineTest {
    @TempDir
    Path tmp;

    private Trail trail(String phase5Line) {
        WorkspaceIndex index = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "coordinatorFolders: [\"coord\"]\n")
                .file(".agent/teams/beta/phase-3/coord/L2-summary.md", """
                        # Phase 3 — design
                        ## Downstream Handoff
                        ### Risks Identified (Must-Track)
                        - [R-1] The cache can serve stale prices for a minute.
                        - [R-2] Nobody owns the import job.
                        """)
                .file(".agent/teams/beta/permanent-task.md", """
                        # PERMANENT Task — Beta
                        ## Risk Registry
                        - [R-1] The cache can serve stale prices for a minute.
                        - [R-2] Nobody owns the import job. [RESOLVED]
                        """)
                .file(".agent/teams/beta/phase-4/coord/L2-summary.md", """
                        # Phase 4 — plan
                        The plan keeps an eye on R-1.
                        ## Downstream Handoff
                        - None
                        """)
                .file(
                        ".agent/teams/beta/phase-5/coord/L2-summary.md",
                        "# Phase 5 — build\n" + phase5Line + "\n## Downstream Handoff\n- None\n")
                .index();
        String scope = index.scopes().stream()
                .filter(s -> s.endsWith("beta"))
                .findFirst()
                .orElseThrow();
        return index.scope(scope).trail(index.configFor(".agent/teams/beta/phase-3/coord/L2-summary.md"));
    }

    @Test
    void theSpecsExampleThePtRightAfterTheCarryingPhaseAndADashForASilentLaterPhase() {
        Trail trail = trail("");
        assertThat(TrailLine.of(trail, "R-1")).isEqualTo("P3 def → PT ✅ → P4 ref → P5 —");
        assertThat(TrailState.of(trail, "R-1")).isEqualTo(TrailState.OPEN);
    }

    @Test
    void aClosedItemHasNoDashesAfterItsClosure() {
        Trail trail = trail("");
        // Closed by its PT entry's [RESOLVED]: a later silent phase is no loss.
        assertThat(TrailLine.of(trail, "R-2")).isEqualTo("P3 def → PT ✅+resolved");
        assertThat(TrailState.of(trail, "R-2")).isEqualTo(TrailState.CLOSED);
    }

    @Test
    void aForwardingMarkerIsAMentionAndKeepsTheItemOpenAsForwarded() {
        Trail trail = trail("Forwarded: R-1 → phase 6 (the cache moves there)");
        assertThat(TrailLine.of(trail, "R-1")).isEqualTo("P3 def → PT ✅ → P4 ref → P5 forwarded");
        assertThat(TrailState.of(trail, "R-1")).isEqualTo(TrailState.FORWARDED);
    }
}
