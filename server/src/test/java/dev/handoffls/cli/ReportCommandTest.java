package dev.handoffls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handoff-ls report}: the matrix cells, their links, the findings, escaping, markdown. */
class ReportCommandTest {
    @TempDir
    Path ws;

    @BeforeEach
    void pipeline() {
        TestWorkspace.in(ws)
                .file(".handoff.yaml", "coordinatorFolders: [\"coordinator\"]\n")
                .file(l2(3), """
                # Phase 3 — the ring
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-1] A page that renders <script>alert(1)</script> | and a pipe.
                - [R-2] Module Z has no tests.
                ### Decisions Made (Forward-binding)
                - [AD-1] Module X publishes events.
                ### Constraints (Must-Enforce)
                - [C-1] No external HTTP in Module X.
                """)
                .file(l2(4), """
                # Phase 4 — the plan
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - Mitigated: R-2 — characterisation tests in T-2
                - Dropped: AD-1 — no events after all
                """)
                .file(l2(5), """
                # Phase 5 — the code
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-4] The relay is a single point of failure.
                """);
    }

    @Test
    void theHtmlMatrixShowsEachCellInWordsWithALinkRelativeToTheOutputFolder() throws Exception {
        CheckCommandTest.Run run = CheckCommandTest.run(ws, "report", "--out", "out/report.html");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        String html = Files.readString(ws.resolve("out/report.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<section class=\"pipeline\" data-scope=\".agent/teams/alpha\">")
                .contains("<tr data-id=\"R-1\">")
                .contains(
                        "<td data-col=\"P3\" class=\"cell defined\"><a href=\"../" + l2(3) + "#L4\">defined</a></td>"
                                + "<td data-col=\"P4\" class=\"cell not-mentioned\">—</td><td data-col=\"P5\" class=\"cell not-mentioned\">—</td>")
                .contains(
                        "<td data-col=\"P4\" class=\"cell closed\"><a href=\"../" + l2(4) + "#L4\">mitigated</a></td>")
                .contains(
                        "<td data-col=\"P4\" class=\"cell dropped\"><a href=\"../" + l2(4) + "#L5\">dropped</a></td>");
        // A constraint need not be repeated: a silent later phase is no loss, so its cell stays empty.
        assertThat(html)
                .contains(
                        "<td data-col=\"P4\" class=\"cell empty\"></td><td data-col=\"P5\" class=\"cell empty\"></td></tr>");
        // No external asset: the page works from file:// on its own.
        assertThat(html)
                .doesNotContain("<link")
                .doesNotContain("src=")
                .doesNotContain("http://")
                .doesNotContain("https://");
    }

    @Test
    void openItemsAndTrailFindingsAreListed() {
        String html = CheckCommandTest.run(ws, "report").out();
        assertThat(html)
                .contains("Open must-track items (2)")
                .contains("P3 def → P4 — → P5 —")
                .contains("<td data-col=\"code\">HL601</td>")
                .contains("R-1 (&quot;A page that renders");
    }

    @Test
    void documentTextCannotInjectHtml() {
        String html = CheckCommandTest.run(ws, "report").out();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
    }

    @Test
    void markdownHasTheSameTablesEscaped() {
        CheckCommandTest.Run run = CheckCommandTest.run(ws, "report", ".", "--format", "md");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .startsWith("# Handoff trail report")
                .contains("| ID | category | state | P3 | P4 | P5 |")
                .contains("| R-1 | Risks | open | [defined](" + l2(3) + "#L4) | — | — |")
                .contains("| R-2 | Risks | closed | [defined](" + l2(3) + "#L5) | [mitigated](" + l2(4) + "#L4) |  |")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| and a pipe.")
                .doesNotContain("<script");
    }

    @Test
    void usageErrorsAreExitTwo() {
        assertThat(CheckCommandTest.run(ws, "report", "--format", "pdf").exit()).isEqualTo(2);
        assertThat(CheckCommandTest.run(ws, "report", "--out").err()).contains("--out needs a value");
        CheckCommandTest.Run folder = CheckCommandTest.run(ws, "report", "--out", ".agent");
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).contains("--out names a folder").doesNotContain("Exception");
    }

    private static String l2(int phase) {
        return ".agent/teams/alpha/phase-" + phase + "/coordinator/L2-summary.md";
    }
}
