package dev.handoffls.rules.refs;

import static dev.handoffls.testing.TestWorkspace.d;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingDecisionTest {
    private static final String NOTES = "docs/protocol.md";

    @TempDir
    Path tmp;

    private TestWorkspace withDecision011() {
        return TestWorkspace.in(tmp).file("decisions/decision-011-handoff-protocol.md", """
                # Decision 011: Handoff Protocol
                Every phase ends with a Downstream Handoff.
                """);
    }

    @Test
    void reportsDecisionReferencesWithNoSuchDocument() {
        TestWorkspace ws = withDecision011().file(NOTES, """
                # Protocol
                Depends on Decision 013 and D-019.
                """);
        ws.assertFindings(NOTES, Code.HL308, d(1, 11, 1, 23, Code.HL308), d(1, 28, 1, 33, Code.HL308));
    }

    @Test
    void aDecisionResolvesByFileNameInADecisionsFolder() {
        TestWorkspace ws = withDecision011().file(NOTES, """
                # Protocol
                Depends on Decision 011 and D-011.
                """);
        ws.assertFindings(NOTES, Code.HL308);
    }

    @Test
    void aDecisionResolvesByItsFirstHeadingAnywhere() {
        TestWorkspace ws = withDecision011().file("notes/pt-structure.md", """
                        # Decision 012: PERMANENT Task Structure
                        Registry sections at level 2 or 3.
                        """).file(NOTES, """
                        # Protocol
                        Depends on Decision 012.
                        """);
        ws.assertFindings(NOTES, Code.HL308);
    }

    @Test
    void twoDigitNumbersAreAPipelinesOwnNumbering() {
        TestWorkspace ws = withDecision011().file(NOTES, """
                # Protocol
                See D-12 in the Phase 3 L2, and D-1234.
                """);
        ws.assertFindings(NOTES, Code.HL308);
    }

    @Test
    void isSilentWhereTheWorkspaceHasNoDecisionDocument() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                # Protocol
                Depends on Decision 013 and D-019.
                """);
        ws.assertFindings(NOTES, Code.HL308);
    }
}
