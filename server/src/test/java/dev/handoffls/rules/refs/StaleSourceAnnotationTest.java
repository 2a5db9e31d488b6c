package dev.handoffls.rules.refs;

import static dev.handoffls.testing.TestWorkspace.d;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleSourceAnnotationTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";
    private static final String PHASE_3_L2 = """
            # Phase 3 Summary
            ## Downstream Handoff
            ### Risks Identified (Must-Track)
            - [R-1] Circular dependency X↔Y↔Z via interface adapter.
            - [R-2] Module Z has no test coverage in existing codebase.
            """;

    @TempDir
    Path tmp;

    @Test
    void reportsAnAnnotationWhoseFileIsGone() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, PHASE_3_L2).file(PT, """
                # PERMANENT Task — alpha
                ## Risk Registry
                - [R-1] Circular dependency X↔Y↔Z via interface adapter. <!-- source: phase-3/coordinator/L2-summary.md -->
                - [R-2] Module Z has no test coverage in existing codebase. <!-- source: phase-3/arch-coord/L2-summary.md -->
                """);
        ws.assertFindings(PT, Code.HL311, d(3, 73, 3, 105, Code.HL311));
    }

    @Test
    void reportsAnAnnotationWhoseFileNoLongerDefinesTheId() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(L2, PHASE_3_L2)
                .file(".agent/teams/alpha/phase-4/coordinator/L2-summary.md", """
                        # Phase 4 Summary
                        ## Downstream Handoff
                        ### Risks Identified (Must-Track)
                        - [R-3] Token expiry during checkout.
                        """)
                .file(PT, """
                        # PERMANENT Task — alpha
                        ## Risk Registry
                        - [R-3] Token expiry during checkout. <!-- source: phase-3/coordinator/L2-summary.md -->
                        """);
        ws.assertFindings(PT, Code.HL311, d(2, 51, 2, 84, Code.HL311));
    }

    @Test
    void aCorrectAnnotationRelativeToThePipelineFolderDoesNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, PHASE_3_L2).file(PT, """
                # PERMANENT Task — alpha
                ## Risk Registry
                - [R-1] Circular dependency X↔Y↔Z via interface adapter. <!-- source: phase-3/coordinator/L2-summary.md -->
                - [R-2] Module Z has no test coverage in existing codebase. <!-- source: phase-3/coordinator/L2-summary.md -->
                """);
        ws.assertFindings(PT, Code.HL311);
    }

    @Test
    void isSilentWhereTheScopeHasTwoPts() {
        String stale = """
                # PERMANENT Task — alpha
                ## Risk Registry
                - [R-2] Module Z has no test coverage in existing codebase. <!-- source: phase-3/arch-coord/L2-summary.md -->
                """;
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(L2, PHASE_3_L2)
                .file(PT, stale)
                .file(".agent/teams/alpha/phase-4/PERMANENT-TASK.md", stale);
        ws.assertFindings(PT, Code.HL311);
    }
}
