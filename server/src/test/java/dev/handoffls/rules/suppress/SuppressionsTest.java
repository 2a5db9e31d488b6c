package dev.handoffls.rules.suppress;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Spec §14: the four comment forms, codes and names, regions, HL004 and HL005. */
class SuppressionsTest {
    private static final String NOTES = "_agents/_handoffs/notes.md";

    @TempDir
    Path tmp;

    private TestWorkspace notes(String text) {
        return TestWorkspace.in(tmp).file(NOTES, text);
    }

    @Test
    void withoutCommentsBothFindingsAreReported() {
        notes("""
                - [ ] Deploy worker.py
                - see [[nowhere]]
                """).assertAllFindings(NOTES, d(0, 13, 0, 22, Code.HL304), d(1, 8, 1, 15, Code.HL306));
    }

    @Test
    void disableNextLineSilencesTheNamedCodesOnTheNextLineOnly() {
        notes("""
                <!-- handoff-ls-disable-next-line HL304 HL306 -->
                - [ ] Deploy worker.py see [[nowhere]]
                - [ ] Deploy other.py
                """).assertAllFindings(NOTES, d(2, 13, 2, 21, Code.HL304));
    }

    @Test
    void disableLineAtTheEndOfALineSilencesThatLine() {
        notes("""
                - [ ] Deploy worker.py <!-- handoff-ls-disable-line HL304 -->
                - [ ] Deploy other.py
                """).assertAllFindings(NOTES, d(1, 13, 1, 21, Code.HL304));
    }

    @Test
    void ruleNamesWorkLikeCodesCommaSeparatedAndInAnyCase() {
        notes("""
                <!-- handoff-ls-disable-next-line phantom-deploy-target,Broken-Wiki-Link -->
                - [ ] Deploy worker.py see [[nowhere]]
                """).assertAllFindings(NOTES);
    }

    @Test
    void aCommentForAnotherCodeLeavesTheFindingAndIsUnused() {
        notes("""
                <!-- handoff-ls-disable-next-line HL306 -->
                - [ ] Deploy worker.py
                """).assertAllFindings(NOTES, d(1, 13, 1, 22, Code.HL304), d(0, 34, 0, 39, Code.HL005));
    }

    @Test
    void aRegionRunsFromDisableToEnableAndEnableClosesOnlyItsCodes() {
        notes("""
                - [ ] Deploy a.py
                <!-- handoff-ls-disable HL304 HL306 -->
                - [ ] Deploy b.py
                <!-- handoff-ls-enable HL304 -->
                - [ ] Deploy c.py see [[nowhere]]
                """).assertAllFindings(NOTES, d(0, 13, 0, 17, Code.HL304), d(4, 13, 4, 17, Code.HL304));
    }

    @Test
    void aRegionWithoutCodesDisablesEveryCodeUntilAnEnableWithoutCodes() {
        notes("""
                <!-- handoff-ls-disable -->
                - [ ] Deploy a.py see [[nowhere]]
                <!-- handoff-ls-enable -->
                - [ ] Deploy b.py
                """).assertAllFindings(NOTES, d(3, 13, 3, 17, Code.HL304));
    }

    @Test
    void aRegionNeverEnabledRunsToTheEnd() {
        notes("""
                - [ ] Deploy a.py
                <!-- handoff-ls-disable HL304 -->
                - [ ] Deploy b.py

                - [ ] Deploy c.py
                """).assertAllFindings(NOTES, d(0, 13, 0, 17, Code.HL304));
    }

    @Test
    void disableFileWorksAnywhereInTheFile() {
        notes("""
                - [ ] Deploy a.py
                - [ ] Deploy b.py see [[nowhere]]

                <!-- handoff-ls-disable-file HL304 -->
                """).assertAllFindings(NOTES, d(1, 24, 1, 31, Code.HL306));
    }

    @Test
    void commentsInsideCodeAreExamplesNotSuppressions() {
        notes("""
                ```markdown
                <!-- handoff-ls-disable-file HL304 -->
                ```
                Write `<!-- handoff-ls-disable-file HL304 -->` to silence it.
                - [ ] Deploy a.py
                """).assertAllFindings(NOTES, d(4, 13, 4, 17, Code.HL304));
    }

    @Test
    void anUnknownCodeIsHl004OnItsTokenAndTheKnownCodesStillApply() {
        notes("""
                <!-- handoff-ls-disable-next-line HL999 HL304 -->
                - [ ] Deploy a.py
                """).assertAllFindings(NOTES, d(0, 34, 0, 39, Code.HL004));
    }

    @Test
    void aCommentWithOnlyUnknownCodesSuppressesNothing() {
        notes("""
                <!-- handoff-ls-disable-next-line undefined-idd -->
                - [ ] Deploy a.py
                """).assertAllFindings(NOTES, d(0, 34, 0, 47, Code.HL004), d(1, 13, 1, 17, Code.HL304));
    }

    @Test
    void hl004AndHl005CannotBeSuppressed() {
        TestWorkspace ws = notes("""
                <!-- handoff-ls-disable-file HL005 -->
                <!-- handoff-ls-disable-next-line HL999 -->
                text
                """);
        ws.assertAllFindings(NOTES, d(0, 29, 0, 34, Code.HL004), d(1, 34, 1, 39, Code.HL004));
        assertThat(ws.findings(NOTES, Code.HL004)).extracting(Finding::severity).containsOnly(Severity.WARNING);
    }

    @Test
    void anUnusedCommentWithoutCodesIsReportedOnTheWholeComment() {
        notes("""
                <!-- handoff-ls-disable-next-line -->
                all fine here
                """).assertAllFindings(NOTES, d(0, 0, 0, 37, Code.HL005));
        assertThat(TestWorkspace.in(tmp).findings(NOTES).get(0).severity()).isEqualTo(Severity.HINT);
    }

    @Test
    void overlappingSuppressionsAreAllUsed() {
        notes("""
                <!-- handoff-ls-disable-file HL304 -->
                <!-- handoff-ls-disable-next-line HL304 -->
                - [ ] Deploy a.py
                """).assertAllFindings(NOTES);
    }

    @Test
    void aSuppressionOfACodeSwitchedOffIsNotReportedAsUnused() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "severity: {HL304: off}\n")
                .file(NOTES, """
                        <!-- handoff-ls-disable-next-line HL304 -->
                        - [ ] Deploy a.py
                        """);
        ws.assertAllFindings(NOTES);
    }

    @Test
    void theFindingsAboutCommentsFollowTheConfiguredSeverity() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "severity: {HL004: error, HL005: off}\n")
                .file(NOTES, "<!-- handoff-ls-disable-line HL999 HL304 -->\n");
        ws.assertAllFindings(NOTES, d(0, 29, 0, 34, Code.HL004));
        assertThat(ws.findings(NOTES).get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aMultiLineCommentCoversTheLineAfterItsEnd() {
        notes("""
                <!-- handoff-ls-disable-next-line
                     HL304 -->
                - [ ] Deploy a.py
                """).assertAllFindings(NOTES);
    }

    @Test
    void aCommentInsideAListItemWorks() {
        notes("""
                - first
                  <!-- handoff-ls-disable-next-line HL304 -->
                  - [ ] Deploy a.py
                """).assertAllFindings(NOTES);
    }

    @Test
    void similarCommentsThatAreNotSuppressionsAreIgnored() {
        notes("""
                <!-- handoff-ls-disabled HL304 -->
                <!-- markdownlint-disable-next-line MD013 -->
                - [ ] Deploy a.py
                """).assertAllFindings(NOTES, d(2, 13, 2, 17, Code.HL304));
    }

    @Test
    void aDisableLineCommentInsideATableCellWorks() {
        notes("""
                | step | note |
                |---|---|
                | one | see [[nowhere]] <!-- handoff-ls-disable-line HL306 --> |
                | two | see [[nowhere]] |
                """).assertAllFindings(NOTES, d(3, 14, 3, 21, Code.HL306));
    }

    @Test
    @Timeout(10)
    void thousandsOfCommentsAndFindingsStayFast() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append("<!-- handoff-ls-disable-next-line HL304 -->\n- [ ] Deploy w")
                    .append(i)
                    .append(".py\n");
        }
        notes(sb.toString()).assertAllFindings(NOTES);
    }
}
