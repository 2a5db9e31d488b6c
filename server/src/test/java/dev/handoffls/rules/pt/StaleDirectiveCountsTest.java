package dev.handoffls.rules.pt;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleDirectiveCountsTest {
    private static final String TEAM = ".agent/teams/alpha/";
    private static final String PT = TEAM + "permanent-task.md";
    private static final String DIRECTIVE = TEAM + "phase-4/directive.md";
    private static final String PT_TEXT = """
            # PERMANENT Task — alpha
            ## Architecture Decisions
            - [AD-1] Events.
            - [AD-2] Queues.
            - [AD-3] Idempotent consumers.
            - [AD-4] One schema registry.
            ## Risk Registry
            - [R-1] Circular dependency.
            - [R-2] No tests for Module Z.
            ## Active Contracts
            - [IC-1] processEvent(e) returns a Result.
            ## Constraints
            - None
            ## Open Questions
            - [OQ-1] Single DB?
            - [OQ-2] Which region?
            - [OQ-3] Guest checkout?
            """;

    @TempDir
    Path tmp;

    private static String directive(String... lines) {
        return "## Directive for Phase 4 Coordinator\n### Context Source\n"
                + "Read the PERMANENT Task via TaskGet for full project context.\n"
                + String.join("\n", lines) + "\n### Phase-Specific Input\nRead Phase 3 coordinator's L2.\n";
    }

    @Test
    void aStaleCountAndAStaleRangeAreEachReportedOnTheirText() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(PT, PT_TEXT)
                .file(DIRECTIVE, directive("- Architecture Decisions: 3 decisions (AD-1 through AD-3)"));
        ws.assertFindings(DIRECTIVE, Code.HL503, d(3, 26, 3, 27, Code.HL503), d(3, 39, 3, 56, Code.HL503));
        assertThat(ws.findings(DIRECTIVE, Code.HL503))
                .extracting(Finding::message)
                .allSatisfy(m -> assertThat(m)
                        .contains("says 3 decisions (AD-1 through AD-3) but the PT has 4 (AD-1 through AD-4)"));
    }

    @Test
    void everyCategoryIsRecognisedByItsLeadingWords() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(PT, PT_TEXT)
                .file(
                        DIRECTIVE,
                        directive(
                                "- Architecture Decisions: 4 decisions (AD-1 through AD-4)",
                                "- Active Risks: 3 risks (R-1 through R-3)",
                                "- **Interface Contracts**: 1 contracts (IC-1)",
                                "- Constraints: 1 constraints (C-1 through C-1)",
                                "- Open Questions: 2 unresolved items"));
        ws.assertFindings(
                DIRECTIVE,
                Code.HL503,
                d(4, 16, 4, 17, Code.HL503),
                d(4, 25, 4, 40, Code.HL503),
                d(6, 15, 6, 16, Code.HL503),
                d(6, 30, 6, 45, Code.HL503),
                d(7, 18, 7, 19, Code.HL503));
        var messages = ws.findings(DIRECTIVE, Code.HL503).stream()
                .map(Finding::message)
                .toList();
        assertThat(messages)
                .anySatisfy(m -> assertThat(m)
                        .startsWith("Active Risks: says 3 risks (R-1 through R-3)")
                        .contains("the PT has 2 (R-1 through R-2)"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("the PT has none"));
        assertThat(messages)
                .anySatisfy(
                        m -> assertThat(m).contains("says 2 unresolved items but the PT has 3 (OQ-1 through OQ-3)"));
    }

    @Test
    void countsThatMatchAreFine() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(PT, PT_TEXT)
                .file(
                        DIRECTIVE,
                        directive(
                                "- Architecture Decisions: 4 decisions (AD-1 through AD-4)",
                                "- Risk Registry: 2 risks (R-1–R-2)",
                                "- Interface Contracts: 1 contracts (IC-1 through IC-1)",
                                "- Constraints: 0 constraints",
                                "- Open Questions: 3 unresolved items (OQ-1~3)"));
        ws.assertFindings(DIRECTIVE, Code.HL503);
    }

    @Test
    void placeholdersProseAndOtherSectionsAreNotCounts() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(PT, PT_TEXT)
                .file(
                        DIRECTIVE,
                        directive(
                                        "- Architecture Decisions: {count} decisions (AD-1 through AD-{N})",
                                        "- Active Risks: see the PT, section 2",
                                        "Open Questions: 7 unresolved items (not a list item)",
                                        "```",
                                        "- Architecture Decisions: 9 decisions (AD-1 through AD-9)",
                                        "```")
                                + "- Architecture Decisions: 9 decisions (AD-1 through AD-9)\n");
        ws.assertFindings(DIRECTIVE, Code.HL503);
    }

    @Test
    void silentWithoutAPtAndWithTwo() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(DIRECTIVE, directive("- Architecture Decisions: 3 decisions (AD-1 through AD-3)"));
        ws.assertFindings(DIRECTIVE, Code.HL503);
        ws.file(PT, PT_TEXT).file(TEAM + "PT.md", PT_TEXT);
        ws.assertFindings(DIRECTIVE, Code.HL503);
    }

    @Test
    void onlyTheCurrentDirectiveOfThePipelineIsCompared() {
        String phase5 = TEAM + "phase-5/directive.md";
        String stale = "- Architecture Decisions: 3 decisions (AD-1 through AD-3)";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(PT, PT_TEXT)
                // Right at gate 3; the PT has grown since, and that is history, not a problem.
                .file(DIRECTIVE, directive(stale))
                .file(phase5, directive(stale));
        ws.assertFindings(DIRECTIVE, Code.HL503);
        ws.assertFindings(phase5, Code.HL503, d(3, 26, 3, 27, Code.HL503), d(3, 39, 3, 56, Code.HL503));

        // A directive without a phase is always compared; it does not turn the phased ones into history.
        String unphased = TEAM + "directive-next.md";
        ws.file(unphased, directive(stale));
        ws.assertFindings(unphased, Code.HL503, d(3, 26, 3, 27, Code.HL503), d(3, 39, 3, 56, Code.HL503));
        ws.assertFindings(phase5, Code.HL503, d(3, 26, 3, 27, Code.HL503), d(3, 39, 3, 56, Code.HL503));
    }
}
