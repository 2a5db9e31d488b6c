package dev.handoffls.rules.refs;

import static dev.handoffls.testing.TestWorkspace.d;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingFileTest {
    private static final String TEAM = ".agent/teams/alpha/";
    private static final String L2 = TEAM + "phase-4/planning-coord/L2-summary.md";
    private static final String DIRECTIVE = TEAM + "phase-4/directive.md";
    private static final String HANDOFF = """
            # Phase 4 Planning
            ## Downstream Handoff
            ### Decisions Made (Forward-binding)
            - [AD-1] Event-driven pattern for Module X.
            ### Artifacts Produced
            - L1: `L1-index.yaml` (structured findings)
            - L3: `L3-full/` (per-worker detailed reports)
            """;

    @TempDir
    Path tmp;

    @Test
    void reportsAnArtifactMissingFromTheL2sFolder() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, HANDOFF).dir(TEAM + "phase-4/planning-coord/L3-full");
        ws.assertFindings(L2, Code.HL303, d(5, 7, 5, 20, Code.HL303));
    }

    @Test
    void anotherPhasesArtifactOfTheSameNameDoesNotCount() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(L2, HANDOFF)
                .dir(TEAM + "phase-4/planning-coord/L3-full")
                .file(TEAM + "phase-3/coordinator/L1-index.yaml", "findings: []\n")
                .file("L1-index.yaml", "findings: []\n");
        ws.assertFindings(L2, Code.HL303, d(5, 7, 5, 20, Code.HL303));
    }

    @Test
    void artifactsInTheL2sFolderResolve() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(L2, HANDOFF)
                .file(TEAM + "phase-4/planning-coord/L1-index.yaml", "findings: []\n")
                .file(TEAM + "phase-4/planning-coord/L3-full/worker-1.md", "# Worker 1\n");
        ws.assertFindings(L2, Code.HL303);
    }

    @Test
    void aMissingArtifactFolderIsReported() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(L2, HANDOFF)
                .file(TEAM + "phase-4/planning-coord/L1-index.yaml", "findings: []\n");
        ws.assertFindings(L2, Code.HL303, d(6, 7, 6, 15, Code.HL303));
    }

    @Test
    void anArtifactPathRelativeToThePipelineFolderResolves() {
        String l2 = TEAM + "phase-5/coordinator/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(TEAM + "phase-4/planning-coord/L1-index.yaml", "findings: []\n")
                .file(l2, """
                        # Phase 5
                        ## Downstream Handoff
                        ### Decisions Made (Forward-binding)
                        - [AD-1] Event-driven pattern for Module X.
                        ### Artifacts Produced
                        - L1: `phase-4/planning-coord/L1-index.yaml` (reused findings)
                        - L2: this file
                        """);
        ws.assertFindings(l2, Code.HL303);
    }

    @Test
    void reportsAMissingDirectiveInput() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(DIRECTIVE, """
                ## Directive for Phase 4 Coordinator
                ### Phase-Specific Input
                Read Phase 3 coordinator's L2 at: phase-3/coordinator/L2-summary.md
                """);
        ws.assertFindings(DIRECTIVE, Code.HL303, d(2, 34, 2, 67, Code.HL303));
    }

    @Test
    void anExistingDirectiveInputDoesNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(TEAM + "phase-3/coordinator/L2-summary.md", "# Phase 3\n")
                .file(DIRECTIVE, """
                        ## Directive for Phase 4 Coordinator
                        ### Phase-Specific Input
                        Read Phase 3 coordinator's L2 at: phase-3/coordinator/L2-summary.md
                        """);
        ws.assertFindings(DIRECTIVE, Code.HL303);
    }

    @Test
    void reportsAMarkdownLinkToAMissingLocalFile() {
        String readme = "docs/README.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(readme, """
                # Docs
                See [the runbook](runbook.md) first.
                """);
        ws.assertFindings(readme, Code.HL303, d(1, 18, 1, 28, Code.HL303));
    }

    @Test
    void urlsMailtoAnchorsAndExistingFoldersAreNotMissingFiles() {
        String readme = "docs/README.md";
        TestWorkspace ws = TestWorkspace.in(tmp).dir("docs/L3-full").file(readme, """
                # Docs
                ## Intro
                See [the site](https://example.com/missing.md), [mail us](mailto:ops@example.com),
                [the intro](#intro) and [the reports](L3-full/).
                """);
        ws.assertFindings(readme, Code.HL303);
    }

    @Test
    void proseThatLooksLikeAPathIsNotChecked() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 4 Planning
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X.
                ### Artifacts Produced
                - L2: this file
                - L3: per-worker reports in `L3-{worker}/`, Gemini/Abacus notes
                """);
        ws.assertFindings(L2, Code.HL303);
    }
}
