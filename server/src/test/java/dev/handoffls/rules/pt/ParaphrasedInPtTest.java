package dev.handoffls.rules.pt;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.rules.Finding;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParaphrasedInPtTest {
    private static final String TEAM = ".agent/teams/alpha/";
    private static final String L2 = TEAM + "phase-3/coordinator/L2-summary.md";
    private static final String PT = TEAM + "permanent-task.md";
    private static final String ORIGIN =
            "Circular dependency X↔Y↔Z via interface adapter. Must be resolved in planning.";
    private static final String L2_TEXT = """
            # Phase 3 Summary
            ## Downstream Handoff
            ### Risks Identified (Must-Track)
            - [R-1] %s
            """.formatted(ORIGIN);

    @TempDir
    Path tmp;

    private static String pt(String item) {
        return "# PERMANENT Task — alpha\n## Risk Registry\n" + item + "\n";
    }

    @Test
    void aParaphraseIsReportedOnThePtItemWithBothTexts() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(L2, L2_TEXT)
                .file(
                        PT,
                        pt(
                                "- [R-1] Circular dependency between X and Y. <!-- source: phase-3/coordinator/L2-summary.md -->"));
        ws.assertFindings(PT, Code.HL502, d(2, 3, 2, 6, Code.HL502));
        Finding f = ws.findings(PT, Code.HL502).get(0);
        assertThat(f.message())
                .contains(L2)
                .contains("\"" + ORIGIN + "\"")
                .contains("\"Circular dependency between X and Y.\"")
                .doesNotContain("source:");
        assertThat(f.message().indexOf(ORIGIN)).isLessThan(f.message().indexOf("between X and Y"));
        assertThat(f.related())
                .extracting(RelatedLocation::path, RelatedLocation::range)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(L2, Range.of(3, 3, 3, 6)));
    }

    @Test
    void emphasisAndWrappingAreNotAParaphrase() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, L2_TEXT).file(PT, pt("""
                - [R-1] **Circular dependency** X↔Y↔Z via interface adapter.
                  Must be resolved in planning. <!-- source: phase-3/coordinator/L2-summary.md -->"""));
        ws.assertFindings(PT, Code.HL502);
    }

    @Test
    void anIdOnlyThePtDefinesHasNoOriginToDifferFrom() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, L2_TEXT).file(PT, pt("""
                - [R-1] %s
                - [R-2] A risk the Lead recorded directly.""".formatted(ORIGIN)));
        ws.assertFindings(PT, Code.HL502);
    }

    @Test
    void silentWithTwoPts() {
        String paraphrase = pt("- [R-1] Circular dependency between X and Y.");
        TestWorkspace ws =
                TestWorkspace.in(tmp).file(L2, L2_TEXT).file(PT, paraphrase).file(TEAM + "PT.md", paraphrase);
        ws.assertFindings(PT, Code.HL502);
        ws.assertFindings(TEAM + "PT.md", Code.HL502);
    }

    @Test
    void comparesWithTheOriginNotWithALaterRestatement() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(L2, L2_TEXT)
                .file(TEAM + "phase-4/planning-coord/L2-summary.md", """
                        # Phase 4 Summary
                        ## Downstream Handoff
                        ### Risks Identified (Must-Track)
                        - [R-1] X depends on Y.
                        """)
                .file(PT, pt("- [R-1] X depends on Y."));
        ws.assertFindings(PT, Code.HL502, d(2, 3, 2, 6, Code.HL502));
        assertThat(ws.findings(PT, Code.HL502).get(0).message()).contains(L2);
    }
}
