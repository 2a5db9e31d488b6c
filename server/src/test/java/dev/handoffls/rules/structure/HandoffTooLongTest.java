package dev.handoffls.rules.structure;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoffTooLongTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    /**
     * A handoff whose counted lines are the section heading, one category heading and {@code decisions}
     * items, with a blank line after every item and a long Artifacts category, neither of which counts.
     */
    private static String l2(int decisions) {
        StringBuilder sb =
                new StringBuilder("# Phase 3\n\n## Downstream Handoff\n\n### Decisions Made (Forward-binding)\n");
        for (int i = 1; i <= decisions; i++) {
            sb.append("- [AD-").append(i).append("] Decision number ").append(i).append("\n\n");
        }
        sb.append("### Artifacts Produced\n");
        for (int i = 1; i <= 10; i++) {
            sb.append("- L3: `L3-full/worker-").append(i).append(".md`\n");
        }
        return sb.toString();
    }

    @Test
    void thirtyOneCountedLinesFireOnTheSectionHeading() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, l2(29));
        ws.assertFindings(L2, Code.HL104, d(2, 0, 2, 21, Code.HL104));
        assertThat(ws.findings(L2, Code.HL104).get(0).message()).contains("31", "30");
    }

    @Test
    void exactlyThirtyCountedLinesDoNotFireDespiteBlankLinesAndArtifacts() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, l2(28));
        ws.assertFindings(L2, Code.HL104);
    }

    @Test
    void configuredMaximumApplies() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "handoffMaxLines: 5\n")
                .file(L2, l2(4));
        ws.assertFindings(L2, Code.HL104, d(2, 0, 2, 21, Code.HL104));
        ws.file(L2, l2(3));
        ws.assertFindings(L2, Code.HL104);
    }

    @Test
    void linesAfterTheSectionDoNotCount() {
        String text = l2(28) + "\n## Appendix\n" + "Notes.\n".repeat(10);
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, text);
        ws.assertFindings(L2, Code.HL104);
    }

    @Test
    void crlfBlankLinesAreNotCounted() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, l2(28).replace("\n", "\r\n"));
        ws.assertFindings(L2, Code.HL104);
        ws.file(L2, l2(29).replace("\n", "\r\n"));
        ws.assertFindings(L2, Code.HL104, d(2, 0, 2, 21, Code.HL104));
    }

    @Test
    void whitespaceOnlyLinesAreBlank() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, l2(28).replace("\n\n", "\n   \t\n"));
        ws.assertFindings(L2, Code.HL104);
    }
}
