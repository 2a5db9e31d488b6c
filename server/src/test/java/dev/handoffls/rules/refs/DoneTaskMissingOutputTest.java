package dev.handoffls.rules.refs;

import static dev.handoffls.testing.TestWorkspace.d;

import dev.handoffls.rules.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoneTaskMissingOutputTest {
    private static final String NOTES = "notes/plan.md";

    @TempDir
    Path tmp;

    @Test
    void reportsACheckedCreationTaskWhoseOutputIsMissing() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                # Plan
                - [x] Write docs/runbook.md
                """);
        ws.assertFindings(NOTES, Code.HL305, d(1, 12, 1, 27, Code.HL305));
    }

    @Test
    void anUppercaseXCountsAsChecked() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                # Plan
                - [X] Create `crewai-service/api_healer.py` with dynamic model discovery
                """);
        ws.assertFindings(NOTES, Code.HL305, d(1, 14, 1, 42, Code.HL305));
    }

    @Test
    void anUncheckedCreationTaskDoesNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                # Plan
                - [ ] Write docs/runbook.md
                """);
        ws.assertFindings(NOTES, Code.HL305);
    }

    @Test
    void aCheckedTaskWhoseOutputExistsDoesNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file("docs/runbook.md", "# Runbook\n").file(NOTES, """
                # Plan
                - [x] Write docs/runbook.md
                - [X] Generate `docs/runbook.md` from the template
                """);
        ws.assertFindings(NOTES, Code.HL305);
    }

    @Test
    void aCheckedExistenceTaskIsThePhantomRuleNotThisOne() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                # Plan
                - [x] Deploy docs/runbook.md
                """);
        ws.assertFindings(NOTES, Code.HL305);
        ws.assertFindings(NOTES, Code.HL304, d(1, 13, 1, 28, Code.HL304));
    }
}
