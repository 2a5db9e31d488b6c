package dev.handoffls.features.fixes;

import static dev.handoffls.features.fixes.FixTesting.te;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec §14: every finding offers <i>Suppress HLxxx on this line</i>, never as a safe fix. */
class SuppressOnLineTest {
    private static final String NOTES = "_agents/_handoffs/notes.md";

    @TempDir
    Path tmp;

    private static QuickFix suppression(TestWorkspace ws, Code code) {
        List<Finding> findings = ws.findings(NOTES, code);
        assertThat(findings).as("findings of %s", code).hasSize(1);
        List<QuickFix> fixes = QuickFixes.forFinding(ws.index(), ws.document(NOTES), findings.get(0)).stream()
                .filter(QuickFixes::isSuppression)
                .toList();
        assertThat(fixes).hasSize(1);
        return fixes.get(0);
    }

    @Test
    void insertsTheCommentAboveTheLineWithItsIndentation() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                # Notes
                - Tasks:
                  - [ ] Deploy worker.py
                """);
        QuickFix fix = suppression(ws, Code.HL304);
        assertThat(fix.title()).isEqualTo("Suppress HL304 on this line");
        assertThat(fix.safe()).isFalse();
        assertThat(fix.preferred()).isFalse();
        assertThat(fix.edits().get(NOTES))
                .containsExactly(te(2, 0, 2, 0, "  <!-- handoff-ls-disable-next-line HL304 -->\n"));
        FixTesting.applyTo(ws, fix, NOTES);
        assertThat(ws.findings(NOTES)).isEmpty();
    }

    @Test
    void usesTheDocumentsLineEnding() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, "# Notes\r\n- [ ] Deploy worker.py\r\n");
        assertThat(suppression(ws, Code.HL304).edits().get(NOTES))
                .containsExactly(te(1, 0, 1, 0, "<!-- handoff-ls-disable-next-line HL304 -->\r\n"));
    }

    @Test
    void addsTheCodeToADisableNextLineCommentAlreadyAbove() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                  <!-- handoff-ls-disable-next-line HL306 -->
                  - [ ] Deploy worker.py see [[nowhere]]
                """);
        QuickFix fix = suppression(ws, Code.HL304);
        assertThat(fix.edits().get(NOTES)).containsExactly(te(0, 41, 0, 41, " HL304"));
        assertThat(FixTesting.applyTo(ws, fix, NOTES))
                .startsWith("  <!-- handoff-ls-disable-next-line HL306 HL304 -->\n");
        assertThat(ws.findings(NOTES)).isEmpty();
    }

    @Test
    void aCommentAboveThatSharesItsLineWithTextIsNotReused() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                Intro <!-- handoff-ls-disable-next-line HL306 -->
                - [ ] Deploy worker.py see [[nowhere]]
                """);
        assertThat(suppression(ws, Code.HL304).edits().get(NOTES))
                .containsExactly(te(1, 0, 1, 0, "<!-- handoff-ls-disable-next-line HL304 -->\n"));
    }

    @Test
    void addsTheCodeToADisableLineCommentOnTheLine() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                - [ ] Deploy worker.py see [[nowhere]] <!-- handoff-ls-disable-line HL306 -->
                """);
        assertThat(suppression(ws, Code.HL304).edits().get(NOTES)).containsExactly(te(0, 73, 0, 73, " HL304"));
    }

    @Test
    void aTableRowGetsTheCommentInItsLastCellSoTheTableStaysWhole() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                | step | note |
                |---|---|
                | one | see [[nowhere]] |
                | two | see [[elsewhere]]|
                | three | see [[gone]]
                """);
        List<Finding> findings = ws.findings(NOTES, Code.HL306);
        assertThat(findings).hasSize(3);
        List<List<dev.handoffls.features.TextEdit>> edits = findings.stream()
                .map(f -> QuickFixes.forFinding(ws.index(), ws.document(NOTES), f)
                        .get(0)
                        .edits()
                        .get(NOTES))
                .toList();
        assertThat(edits)
                .containsExactly(
                        List.of(te(2, 24, 2, 24, "<!-- handoff-ls-disable-line HL306 --> ")),
                        List.of(te(3, 25, 3, 25, " <!-- handoff-ls-disable-line HL306 --> ")),
                        List.of(te(4, 22, 4, 22, " <!-- handoff-ls-disable-line HL306 -->")));
        for (int left = 3; left > 0; left--) {
            assertThat(ws.findings(NOTES, Code.HL306)).hasSize(left);
            Finding first = ws.findings(NOTES, Code.HL306).get(0);
            FixTesting.applyTo(
                    ws,
                    QuickFixes.forFinding(ws.index(), ws.document(NOTES), first).get(0),
                    NOTES);
        }
        assertThat(ws.findings(NOTES)).isEmpty();
    }

    @Test
    void theCommandLineFixRunnerNeverSeesItAsSafe() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, "- [ ] Deploy worker.py\n");
        assertThat(QuickFixes.forFinding(
                        ws.index(), ws.document(NOTES), ws.findings(NOTES).get(0)))
                .noneMatch(QuickFix::safe);
    }

    @Test
    void theFindingsAboutCommentsOfferNoSuppression() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                <!-- handoff-ls-disable-next-line HL999 HL304 -->
                fine
                """);
        for (Finding f : ws.findings(NOTES)) {
            assertThat(f.code()).isIn(Code.HL004, Code.HL005);
            assertThat(QuickFixes.forFinding(ws.index(), ws.document(NOTES), f)).isEmpty();
        }
        assertThat(ws.findings(NOTES)).hasSize(2);
    }

    @Test
    void aFindingInTheFrontMatterGetsNoCommentThatWouldBreakTheYaml() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                ---
                status: open
                status: closed
                ---
                # Ticket
                """);
        List<Finding> inFrontMatter = ws.findings(NOTES).stream()
                .filter(f -> f.range().start().line() <= 3)
                .toList();
        assertThat(inFrontMatter).isNotEmpty();
        for (Finding f : inFrontMatter) {
            assertThat(QuickFixes.forFinding(ws.index(), ws.document(NOTES), f)).noneMatch(QuickFixes::isSuppression);
        }
    }
}
