package dev.handoffls.rules.refs;

import static dev.handoffls.testing.TestWorkspace.d;

import dev.handoffls.codes.Code;
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
        TestWorkspace ws =
                TestWorkspace.in(tmp).file("docs/runbook.md", "# Runbook\n").file(NOTES, """
                # Plan
                - [x] Write docs/runbook.md
                - [X] Generate `docs/runbook.md` from the template
                """);
        ws.assertFindings(NOTES, Code.HL305);
    }

    @Test
    void aCheckedExistenceTaskIsNeitherRule() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                # Plan
                - [x] Deploy docs/runbook.md
                """);
        ws.assertFindings(NOTES, Code.HL305);
        ws.assertFindings(NOTES, Code.HL304);
    }

    @Test
    void inAddXToYTheObjectIsY() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                # Plan
                - [x] Add `retry_policy.py` to `config/app.yaml`
                - [x] Added retry_policy.py into the Render dashboard
                """);
        // X is what was added, never checked; the missing Y is; "into the Render dashboard" names no file.
        ws.assertFindings(NOTES, Code.HL305, d(1, 32, 1, 47, Code.HL305));
        ws.file("config/app.yaml", "");
        ws.assertFindings(NOTES, Code.HL305);
    }
}
