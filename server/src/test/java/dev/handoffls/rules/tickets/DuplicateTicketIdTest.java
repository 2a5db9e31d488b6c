package dev.handoffls.rules.tickets;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateTicketIdTest {
    private static final String FIRST = "_agents/_handoffs/handoff-abacus-filter-upgrade-20260223.md";
    private static final String SECOND = "research/abacus/handoff-abacus-filter-upgrade-20260223.md";

    @TempDir
    Path tmp;

    @Test
    void theLaterTicketInPathOrderIsReportedIgnoringCaseAndMdSuffix() {
        // Written in the opposite order to show that path order, not creation order, decides.
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(SECOND, "**ID**: HANDOFF-ABACUS-FILTER-UPGRADE-20260223.md\n")
                .file(FIRST, "**ID**: handoff-abacus-filter-upgrade-20260223\n");
        ws.assertFindings(FIRST, Code.HL406);
        ws.assertFindings(SECOND, Code.HL406, d(0, 8, 0, 49, Code.HL406));
        assertThat(ws.findings(SECOND, Code.HL406).get(0).related())
                .extracting(RelatedLocation::path, RelatedLocation::range)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FIRST, Range.of(0, 8, 0, 46)));
    }

    @Test
    void aFrontMatterIdCollidesWithABodyId() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(FIRST, "**ID**: handoff-abacus-filter-upgrade-20260223\n")
                .file(SECOND, """
                        ---
                        id: handoff-abacus-filter-upgrade-20260223
                        status: open
                        ---
                        # Abacus filter upgrade
                        """);
        ws.assertFindings(FIRST, Code.HL406);
        ws.assertFindings(SECOND, Code.HL406, d(1, 4, 1, 42, Code.HL406));
    }

    @Test
    void aFollowUpWithItsOwnIdDoesNotFire() {
        String followUp = "research/abacus/handoff-abacus-filter-upgrade-v2-20260224.md";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(FIRST, "**ID**: handoff-abacus-filter-upgrade-20260223\n")
                .file(followUp, """
                        **ID**: handoff-abacus-filter-upgrade-v2-20260224
                        **Depends on**: handoff-abacus-filter-upgrade-20260223.md
                        """);
        ws.assertFindings(FIRST, Code.HL406);
        ws.assertFindings(followUp, Code.HL406);
    }

    @Test
    void aDocumentThatIsNotATicketDoesNotCollide() {
        String notes = "notes/abacus-filter.md";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(FIRST, "**ID**: handoff-abacus-filter-upgrade-20260223\n")
                .file(notes, "**ID**: handoff-abacus-filter-upgrade-20260223\n");
        ws.assertFindings(FIRST, Code.HL406);
        ws.assertFindings(notes, Code.HL406);
    }
}
