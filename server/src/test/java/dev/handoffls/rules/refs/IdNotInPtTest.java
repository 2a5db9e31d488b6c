package dev.handoffls.rules.refs;

import static dev.handoffls.testing.TestWorkspace.d;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdNotInPtTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";
    private static final String DIRECTIVE = ".agent/teams/alpha/phase-4/directive.md";
    private static final String PHASE_3_L2 = """
            # Phase 3 Summary
            ## Downstream Handoff
            ### Risks Identified (Must-Track)
            - [R-1] Circular dependency X↔Y↔Z via interface adapter.
            - [R-2] Module Z has no test coverage in existing codebase.
            """;
    private static final String PT_WITH_R1 = """
            # PERMANENT Task — alpha
            ## Risk Registry
            - [R-1] Circular dependency X↔Y↔Z via interface adapter. <!-- source: phase-3/coordinator/L2-summary.md -->
            """;
    private static final String DIRECTIVE_TEXT = """
            ## Directive for Phase 4 Coordinator
            ### Your Mission
            Read the PERMANENT Task. Resolve R-2 before splitting Module Z.
            """;

    @TempDir
    Path tmp;

    @Test
    void reportsADirectiveReferenceToAnL2IdThePtLacks() {
        TestWorkspace ws =
                TestWorkspace.in(tmp).file(L2, PHASE_3_L2).file(PT, PT_WITH_R1).file(DIRECTIVE, DIRECTIVE_TEXT);
        ws.assertFindings(DIRECTIVE, Code.HL302, d(2, 33, 2, 36, Code.HL302));
    }

    @Test
    void reportsAReferenceInThePtItself() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, PHASE_3_L2).file(PT, PT_WITH_R1 + """
                ## Codebase Impact Map
                - Phase 3: R-2 touches Module Z.
                """);
        ws.assertFindings(PT, Code.HL302, d(4, 11, 4, 14, Code.HL302));
    }

    @Test
    void doesNotFireWhenThePtHoldsTheId() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(L2, PHASE_3_L2)
                .file(PT, PT_WITH_R1 + """
                - [R-2] Module Z has no test coverage in existing codebase. <!-- source: phase-3/coordinator/L2-summary.md -->
                """)
                .file(DIRECTIVE, DIRECTIVE_TEXT);
        ws.assertFindings(DIRECTIVE, Code.HL302);
    }

    @Test
    void isSilentWhereTheScopeHasNoPt() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, PHASE_3_L2).file(DIRECTIVE, DIRECTIVE_TEXT);
        ws.assertFindings(DIRECTIVE, Code.HL302);
    }

    @Test
    void isSilentWhereTheScopeHasTwoPts() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(L2, PHASE_3_L2)
                .file(PT, PT_WITH_R1)
                .file(".agent/teams/alpha/phase-4/PERMANENT-TASK.md", PT_WITH_R1)
                .file(DIRECTIVE, DIRECTIVE_TEXT);
        ws.assertFindings(DIRECTIVE, Code.HL302);
    }

    @Test
    void anIdDefinedNowhereIsNotThisRule() {
        TestWorkspace ws =
                TestWorkspace.in(tmp).file(L2, PHASE_3_L2).file(PT, PT_WITH_R1).file(DIRECTIVE, """
                ## Directive for Phase 4 Coordinator
                Resolve R-7 first.
                """);
        ws.assertFindings(DIRECTIVE, Code.HL302);
    }

    @Test
    void anL2ReferencingAnIdThePtLacksIsNotThisRule() {
        String worker = ".agent/teams/alpha/phase-4/worker-1/L2-summary.md";
        TestWorkspace ws =
                TestWorkspace.in(tmp).file(L2, PHASE_3_L2).file(PT, PT_WITH_R1).file(worker, """
                # Worker 1
                R-2 is still open.
                """);
        ws.assertFindings(worker, Code.HL302);
    }
}
