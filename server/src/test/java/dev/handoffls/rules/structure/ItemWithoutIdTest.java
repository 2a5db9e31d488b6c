package dev.handoffls.rules.structure;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemWithoutIdTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    @Test
    void warningWhereSomeItemsHaveIdsInformationWhereNoneDo() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-1] Circular dependency X↔Y↔Z via interface adapter.
                - Module Z has no test coverage in existing codebase.
                ### Constraints (Must-Enforce)
                - No external HTTP in Module X (security requirement)
                - Maximum 3 database queries per request
                """);
        ws.assertFindings(L2, Code.HL106, d(2, 0, 2, 33, Code.HL106), d(5, 0, 5, 30, Code.HL106));
        List<Finding> found = ws.findings(L2, Code.HL106);
        assertThat(found)
                .extracting(f -> f.range().start().line(), Finding::severity)
                .containsExactly(tuple(2, Severity.WARNING), tuple(5, Severity.INFORMATION));
    }

    @Test
    void messageProposesTheNextFreeId() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-1] Circular dependency X↔Y↔Z via interface adapter.
                - [R-2] Token expiry during checkout.
                - Module Z has no test coverage in existing codebase.
                """);
        assertThat(ws.findings(L2, Code.HL106))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("R-3"));
    }

    @Test
    void numberedItemsAndAnUnbracketedAliasCountAsWithoutId() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                1. [R-1] Circular dependency X↔Y↔Z via interface adapter.
                2. RISK-2: Module Z has no test coverage.
                """);
        ws.assertFindings(L2, Code.HL106, d(2, 0, 2, 33, Code.HL106));
        assertThat(ws.findings(L2, Code.HL106).get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void noneMarkersAndNestedItemsAreNotItems() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-1] Circular dependency X↔Y↔Z via interface adapter.
                  - Seen by architects 1 and 3 independently
                  - Must be resolved in planning
                ### Constraints (Must-Enforce)
                - None
                ### Open Questions (Requires Resolution)
                - N/A
                ### Artifacts Produced
                - L1: `L1-index.yaml` (structured findings)
                """);
        ws.assertFindings(L2, Code.HL106);
    }

    @Test
    void unbracketedIdsAreIdsHere() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - AD-1: Event-driven pattern for Module X
                - **AD-2** — PostgreSQL selected for persistence
                """);
        ws.assertFindings(L2, Code.HL106);
    }
}
