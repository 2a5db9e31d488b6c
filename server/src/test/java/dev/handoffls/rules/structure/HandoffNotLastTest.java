package dev.handoffls.rules.structure;

import static dev.handoffls.testing.TestWorkspace.d;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoffNotLastTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    @Test
    void levelTwoHeadingAfterTheSectionFiresOnThatHeading() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X

                ## Appendix: Worker Notes
                Architect 2 also looked at caching.
                """);
        ws.assertFindings(L2, Code.HL103, d(5, 0, 5, 25, Code.HL103));
    }

    @Test
    void levelOneHeadingAfterTheSectionFires() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                # Lead notes
                Later.
                """);
        ws.assertFindings(L2, Code.HL103, d(4, 0, 4, 12, Code.HL103));
    }

    @Test
    void onlyTheFirstFollowingHeadingIsReported() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                ## Appendix: Worker Notes
                Architect 2 also looked at caching.
                ## Appendix B
                More.
                """);
        ws.assertFindings(L2, Code.HL103, d(4, 0, 4, 25, Code.HL103));
    }

    @Test
    void sectionPrecededByOtherSectionsDoesNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Appendix: Worker Notes
                Architect 2 also looked at caching.

                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                #### Notes on AD-1
                Decided by all three architects.
                """);
        ws.assertFindings(L2, Code.HL103);
    }

    @Test
    void headingInsideCodeBlockAfterTheSectionDoesNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                ```markdown
                ## Appendix
                ```
                """);
        ws.assertFindings(L2, Code.HL103);
    }
}
