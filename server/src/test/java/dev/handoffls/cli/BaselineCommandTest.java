package dev.handoffls.cli;

import static dev.handoffls.cli.CheckCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.cli.CheckCommandTest.Run;
import dev.handoffls.testing.TestWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec §14 on the command line: {@code check --write-baseline}, then only new findings. */
class BaselineCommandTest {
    private static final String NOTES = "_agents/_handoffs/notes.md";
    /** Two HL304 errors and an HL306 warning. */
    private static final String OLD = """
            # Notes
            - [ ] Deploy worker.py
            - [ ] Deploy worker.py
            - see [[nowhere]]
            """;

    @TempDir
    Path tmp;

    private TestWorkspace baselined() {
        TestWorkspace ws = TestWorkspace.in(tmp).dir(".git").file(NOTES, OLD);
        Run write = run(tmp, "check", "--write-baseline");
        assertThat(write.exit()).isZero();
        assertThat(write.err()).contains("wrote 3 findings to the baseline .handoff-baseline.json");
        return ws;
    }

    private String baselineFile() throws IOException {
        return Files.readString(tmp.resolve(".handoff-baseline.json"), StandardCharsets.UTF_8);
    }

    @Test
    void anUnchangedWorkspacePassesAndTheSummaryCountsTheBaselined() {
        baselined();
        Run r = run(tmp, "check");
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .isEqualTo("0 errors, 0 warnings, 0 information, 0 hints in 1 file (3 baselined)"
                        + System.lineSeparator());
        assertThat(run(tmp, "check", "--format", "json").json().get("baselined").getAsInt())
                .isEqualTo(3);
    }

    @Test
    void aNewFindingIsTheOnlyOneReported() {
        baselined().file(NOTES, OLD + "- [ ] Deploy fresh.py\n");
        Run r = run(tmp, "check", "--format", "json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.diagnostics()).hasSize(1);
        assertThat(r.diagnostics().get(0).get("code").getAsString()).isEqualTo("HL304");
        assertThat(r.diagnostics()
                        .get(0)
                        .getAsJsonObject("range")
                        .getAsJsonObject("start")
                        .get("line")
                        .getAsInt())
                .isEqualTo(4);
        assertThat(r.json().get("baselined").getAsInt()).isEqualTo(3);
        assertThat(run(tmp, "check").out())
                .contains("1 error, 0 warnings, 0 information, 0 hints in 1 file (3 baselined)");
    }

    @Test
    void linesInsertedAboveDoNotResurrectBaselinedFindings() {
        baselined()
                .file(
                        NOTES,
                        "Intro\n\nMore intro, reflowed   later.\n\n" + OLD.replace("- [ ] Deploy", "-  [ ]   Deploy"));
        Run r = run(tmp, "check");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("(3 baselined)");
    }

    @Test
    void identicalFindingsOnIdenticalLinesAreMatchedOneToOne() {
        baselined().file(NOTES, OLD + "- [ ] Deploy worker.py\n");
        Run r = run(tmp, "check", "--format", "json");
        assertThat(r.diagnostics()).hasSize(1);
        assertThat(r.json().get("baselined").getAsInt()).isEqualTo(3);
    }

    @Test
    void noBaselineShowsEverything() {
        baselined();
        Run r = run(tmp, "check", "--no-baseline", "--format", "json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.diagnostics()).hasSize(3);
        assertThat(r.json().get("baselined").getAsInt()).isZero();
        assertThat(run(tmp, "check", "--no-baseline").out()).doesNotContain("baselined");
    }

    @Test
    void theFileIsSortedStableVersionedAndEndsWithANewline() throws IOException {
        baselined();
        String first = baselineFile();
        assertThat(run(tmp, "check", "--write-baseline").exit()).isZero();
        assertThat(baselineFile()).isEqualTo(first);
        assertThat(first).isEqualTo("""
                {
                  "version": 1,
                  "findings": [
                    {"path": "_agents/_handoffs/notes.md", "code": "HL304", "subject": "worker.py", "line": "- [ ] Deploy worker.py"},
                    {"path": "_agents/_handoffs/notes.md", "code": "HL304", "subject": "worker.py", "line": "- [ ] Deploy worker.py"},
                    {"path": "_agents/_handoffs/notes.md", "code": "HL306", "subject": "nowhere", "line": "- see [[nowhere]]"}
                  ]
                }
                """);
    }

    @Test
    void fixedFindingsDropOutWhenTheBaselineIsWrittenAgain() throws IOException {
        baselined().file(NOTES, "# Notes\n- see [[nowhere]]\n");
        assertThat(run(tmp, "check", "--write-baseline").err()).contains("wrote 1 finding to");
        assertThat(baselineFile()).doesNotContain("HL304").contains("HL306");
    }

    @Test
    void writingThePathsOfOneFolderKeepsTheOtherFoldersEntries() throws IOException {
        baselined().file("docs/other.md", "- [ ] Deploy other.py\n");
        assertThat(run(tmp, "check", "docs", "--write-baseline").exit()).isZero();
        assertThat(baselineFile()).contains("docs/other.md").contains("_agents/_handoffs/notes.md");
        assertThat(run(tmp, "check").exit()).isZero();
    }

    @Test
    void aCorruptBaselineIsAOneLineWarningAndEverythingIsReported() throws IOException {
        baselined();
        Files.writeString(tmp.resolve(".handoff-baseline.json"), "{\"version\": 1, \"findings\": [ oops");
        Run r = run(tmp, "check", "--format", "json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.diagnostics()).hasSize(3);
        assertThat(r.err().lines())
                .hasSize(1)
                .first()
                .asString()
                .startsWith("handoff-ls: warning: ignoring the baseline .handoff-baseline.json: not valid JSON");
    }

    @Test
    void aBaselineOfAnotherVersionIsIgnoredWithAWarning() throws IOException {
        baselined();
        Files.writeString(tmp.resolve(".handoff-baseline.json"), "{\"version\": 2, \"findings\": []}\n");
        Run r = run(tmp, "check");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("unsupported version 2");
    }

    @Test
    void anotherFileCanBeWrittenAndRead() {
        TestWorkspace.in(tmp).dir(".git").file(NOTES, OLD);
        assertThat(run(tmp, "check", "--write-baseline", "ci/accepted.json").exit())
                .isZero();
        assertThat(run(tmp, "check", "--write-baseline=other").exit()).isZero();
        assertThat(tmp.resolve("ci/accepted.json")).exists();
        assertThat(tmp.resolve("other")).exists();
        assertThat(tmp.resolve(".handoff-baseline.json")).doesNotExist();
        assertThat(run(tmp, "check").exit()).isEqualTo(1);
        assertThat(run(tmp, "check", "--baseline", "ci/accepted.json").exit()).isZero();
        assertThat(run(tmp, "check", "--baseline=other").exit()).isZero();
    }

    @Test
    void theHelpListsTheBaselineOptions() {
        assertThat(run(tmp, "check", "--help").out())
                .contains("--write-baseline [FILE]")
                .contains("--no-baseline")
                .contains("--baseline");
    }

    @Test
    void writeAndNoBaselineTogetherAreAUsageError() {
        TestWorkspace.in(tmp).file(NOTES, OLD);
        assertThat(run(tmp, "check", "--write-baseline", "--no-baseline").exit())
                .isEqualTo(2);
    }
}
