package dev.handoffls.rules.refs;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.TestWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhantomDeployTargetTest {
    private static final String TICKET = "_agents/_handoffs/handoff-api-healer-consolidated-russell-20260220.md";
    private static final String NOTES = "_agents/_handoffs/notes.md";

    @TempDir
    Path tmp;

    /** The acceptance scenario: the seed ticket, a crewai-service/ folder, and no api_healer.py anywhere. */
    @Test
    void flagsTheThreePhantomTasksOfTheSeedTicketAndNothingElseAsAnError() throws IOException {
        String repoRoot = System.getProperty("handoff.repoRoot");
        assumeTrue(repoRoot != null, "handoff.repoRoot is not set");
        Path seed = Path.of(repoRoot).resolve("../shared/seeds/002_2b82ab1a495c15e5.txt");
        assumeTrue(Files.isRegularFile(seed), "seed ticket not found at " + seed);
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(TICKET, Files.readString(seed, StandardCharsets.UTF_8))
                .file("crewai-service/main.py", "print('hello')\n");

        ws.assertFindings(
                TICKET,
                Code.HL304,
                d(48, 26, 48, 39, Code.HL304), // - **YOUR ACTION:** Deploy api_healer.py to Render
                d(63, 13, 63, 26, Code.HL304), // - [ ] Verify api_healer.py exists in crewai-service/
                d(177, 6, 177, 19, Code.HL304)); // - [ ] api_healer.py deployed to Render (Feb 21)
        List<Finding> errors = ws.findings(TICKET).stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
        assertThat(errors).extracting(Finding::code).containsOnly(Code.HL304).hasSize(3);
    }

    @Test
    void theVerifyTaskChecksTheFileInsideTheNamedFolder() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file("api_healer.py", "# at the root, not in the service\n")
                .file("crewai-service/main.py", "")
                .file(NOTES, """
                        - [ ] Verify api_healer.py exists in crewai-service/
                        """);
        ws.assertFindings(NOTES, Code.HL304, d(0, 13, 0, 26, Code.HL304));
    }

    @Test
    void doesNotFireOnceTheFileExists() {
        TestWorkspace ws =
                TestWorkspace.in(tmp).file("crewai-service/api_healer.py", "").file(NOTES, """
                        - **YOUR ACTION:** Deploy api_healer.py to Render
                        - [ ] Verify api_healer.py exists in crewai-service/
                        - [ ] api_healer.py deployed to Render
                        """);
        ws.assertFindings(NOTES, Code.HL304);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Deploy", "deploys", "Deployed", "deploying", "Restart", "Verify", "Monitor", "Audit"})
    void everyFormOfAnExistenceVerbFires(String verb) {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, "- [ ] " + verb + " worker.py\n");
        int start = 6 + verb.length() + 1;
        ws.assertFindings(NOTES, Code.HL304, d(0, start, 0, start + 9, Code.HL304));
    }

    @Test
    void aCheckedExistenceTaskIsARecordOfWorkDoneAndIsNotChecked() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                - [x] Deploy `services/worker.py`
                - [X] Verify services/worker.py exists in crewai-service/
                """);
        ws.assertFindings(NOTES, Code.HL304);
    }

    @Test
    void theSameTaskUncheckedFires() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, "- [ ] Deploy `services/worker.py`\n");
        ws.assertFindings(NOTES, Code.HL304, d(0, 14, 0, 32, Code.HL304));
    }

    @Test
    void onlyTheFirstPathOnTheTaskLineIsItsObject() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                - [ ] Verify your prompt in `agents/persona.py` (it was built from your `profile.md`)
                  Evidence: `logs/run-1.log`, see `_debug/trace.md`
                """);
        ws.assertFindings(NOTES, Code.HL304, d(0, 29, 0, 46, Code.HL304));
    }

    @Test
    void aPathOnlyOnAContinuationLineIsNotTheObject() {
        TestWorkspace ws = TestWorkspace.in(tmp).file("agents/persona.py", "").file(NOTES, """
                - [ ] Review the persona prompt
                  as written in `agents/persona.py` and `agents/missing.py`
                - [ ] Review `agents/persona.py` against `agents/missing.py`
                """);
        ws.assertFindings(NOTES, Code.HL304);
    }

    @Test
    void aPathFoundByItsTrailingSegmentsInExactlyOneFileExists() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file("services/crewai/orchestrator/engine.py", "")
                .file(NOTES, """
                - [ ] Review `orchestrator/engine.py`
                """);
        ws.assertFindings(NOTES, Code.HL304);
    }

    @Test
    void aPathWhoseTrailingSegmentsMatchSeveralFilesOrNoneIsMissing() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file("services/a/orchestrator/engine.py", "")
                .file("services/b/orchestrator/engine.py", "")
                .file("services/c/engine.py", "")
                .file(NOTES, """
                        - [ ] Review `orchestrator/engine.py`
                        - [ ] Review `crewai/engine.py`
                        """);
        ws.assertFindings(NOTES, Code.HL304, d(0, 14, 0, 36, Code.HL304), d(1, 14, 1, 30, Code.HL304));
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/app.py:main", "src/app.py:12-30", "src/app.py::Healer.run", "src/app.py:_private"})
    void aSymbolOrLineSuffixIsNotPartOfTheFile(String written) {
        TestWorkspace ws = TestWorkspace.in(tmp).file("src/app.py", "").file(NOTES, "- [ ] Run `" + written + "`\n");
        ws.assertFindings(NOTES, Code.HL304);
    }

    @Test
    void aSymbolSuffixOnAMissingFileStillFiresOnThePath() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, "- [ ] Run `lib/x.ts:parseThing`\n");
        ws.assertFindings(NOTES, Code.HL304, d(0, 11, 0, 19, Code.HL304));
    }

    @Test
    void anUncheckedCreationTaskMayNameAFileThatDoesNotExistYet() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                - [ ] Write docs/x.md
                - [ ] Create api_healer.py in crewai-service/ with dynamic model discovery
                - [ ] Document results in `_debug/api_healer_deployment_validation.md`
                """);
        ws.assertFindings(NOTES, Code.HL304);
    }

    @Test
    void templatesAssignmentsEndpointsProductNamesAndUrlsAreNotTargets() {
        TestWorkspace ws = TestWorkspace.in(tmp).dir("_agents/_logs").file(NOTES, """
                - [ ] Verify logs written to `_agents/_logs/api_healer_YYYYMMDD.json`
                - [ ] Configure `HEALER_LOG_PATH=_agents/_logs/`
                - [ ] Check `/health/api` returns 200
                - [ ] Install Node.js 20 on the runner
                - [ ] Deploy https://example.com/releases/api_healer.py
                - [ ] Verify {team}/api_healer.py and <name>.py
                """);
        ws.assertFindings(NOTES, Code.HL304);
    }

    @Test
    void aBoldActionLabelNamingAnExistingFileDoesNotFire() {
        TestWorkspace ws =
                TestWorkspace.in(tmp).file("_agents/_handoffs/worker.py", "").file(NOTES, """
                - **Action:** Restart worker.py
                """);
        ws.assertFindings(NOTES, Code.HL304);
    }

    @Test
    void listItemsThatAreNotTasksAndOtherVerbsAreNotChecked() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                - Deploy api_healer.py to Render
                - **Owner:** Deploy api_healer.py
                - [ ] Discuss api_healer.py with Claude
                """);
        ws.assertFindings(NOTES, Code.HL304);
    }
}
