package dev.handoffls.features.lead;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.features.TextEdit;
import dev.handoffls.features.TextEdits;
import dev.handoffls.features.WorkspaceChange;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncToPtTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";
    private static final String L2_TEXT = """
            # Phase 3

            ## Downstream Handoff

            ### Decisions Made (Forward-binding)
            - [AD-1] Event-driven pattern for Module X (cannot be changed without re-architecture)
            ### Risks Identified (Must-Track)
            - [R-1] Circular dependency X↔Y↔Z via interface adapter.
            """;
    private static final String PT_TEXT = """
            # PERMANENT Task — alpha

            ## Architecture Decisions
            - [AD-1] Events for X. <!-- source: phase-3/coordinator/L2-summary.md -->

            ## Risk Registry
            - None

            ## Active Contracts
            - None
            """;

    @TempDir
    Path tmp;

    private WorkspaceChange planned(TestWorkspace ws) {
        var r = SyncToPt.plan(ws.index(), ws.document(L2), TODAY);
        assertThat(r).isInstanceOf(SyncToPt.Planned.class);
        return ((SyncToPt.Planned) r).change();
    }

    @Test
    void restoresParaphrasedItemsAddsMissingOnesAndWritesTheMark() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, L2_TEXT).file(PT, PT_TEXT);
        WorkspaceChange change = planned(ws);
        assertThat(change.edits().get(PT))
                .containsExactly(
                        new TextEdit(
                                Range.of(3, 0, 3, 73),
                                "- [AD-1] Event-driven pattern for Module X (cannot be changed without "
                                        + "re-architecture) <!-- source: phase-3/coordinator/L2-summary.md -->"),
                        new TextEdit(
                                Range.of(6, 0, 6, 6),
                                "- [R-1] Circular dependency X↔Y↔Z via interface adapter. "
                                        + "<!-- source: phase-3/coordinator/L2-summary.md -->"));
        assertThat(change.edits().get(L2))
                .containsExactly(new TextEdit(Range.of(2, 21, 2, 21), "\nPT-synced: ✅ 2026-03-01"));
        assertThat(change.creates()).isEmpty();
    }

    @Test
    void aSecondRunProposesNothing() throws Exception {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, L2_TEXT).file(PT, PT_TEXT);
        apply(ws, planned(ws));
        TestWorkspace again = TestWorkspace.in(tmp);
        assertThat(planned(again).isEmpty()).isTrue();
        assertThat(again.findings(PT).stream().map(f -> f.code().name())).doesNotContain("HL502", "HL311");
    }

    @Test
    void createsThePtFromTheTemplateWhereThePipelineHasNone() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, L2_TEXT);
        WorkspaceChange change = planned(ws);
        assertThat(change.creates()).hasSize(1);
        assertThat(change.creates().get(0).path()).isEqualTo(PT);
        assertThat(change.creates().get(0).content())
                .startsWith("# PERMANENT Task — alpha\n\n## Architecture Decisions\n"
                        + "- [AD-1] Event-driven pattern for Module X (cannot be changed without re-architecture) "
                        + "<!-- source: phase-3/coordinator/L2-summary.md -->\n");
    }

    @Test
    void refusesAnL2WithMalformedOrDuplicateIdsAndSaysWhich() {
        TestWorkspace ws =
                TestWorkspace.in(tmp).file(L2, L2_TEXT.replace("[R-1]", "[R1]")).file(PT, PT_TEXT);
        var r = SyncToPt.plan(ws.index(), ws.document(L2), TODAY);
        assertThat(r).isInstanceOf(SyncToPt.Refused.class);
        assertThat(((SyncToPt.Refused) r).reasons()).singleElement().asString().startsWith("HL201 line 8");
    }

    @Test
    void keepsCrlfLineEndings() {
        TestWorkspace ws =
                TestWorkspace.in(tmp).file(L2, L2_TEXT.replace("\n", "\r\n")).file(PT, PT_TEXT.replace("\n", "\r\n"));
        assertThat(planned(ws).edits().get(L2))
                .containsExactly(new TextEdit(Range.of(2, 21, 2, 21), "\r\nPT-synced: ✅ 2026-03-01"));
    }

    @Test
    void leavesAConflictingRedefinitionOutAndSaysSo() {
        String later = ".agent/teams/alpha/phase-4/coordinator/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(L2, L2_TEXT)
                .file(PT, PT_TEXT)
                .file(later, L2_TEXT.replace("Event-driven pattern", "Batch pattern"));
        var r = (SyncToPt.Planned) SyncToPt.plan(ws.index(), ws.document(later), TODAY);
        assertThat(r.notes()).singleElement().asString().startsWith("AD-1 is not synced");
        assertThat(r.change().edits().get(PT))
                .singleElement()
                .extracting(TextEdit::newText)
                .asString()
                .startsWith("- [R-1]");
    }

    /** Found by SyncToPtPropertyTest: appended without a blank line, the section stayed inside the HTML block. */
    @Test
    void aSectionAppendedAfterAnHtmlBlockIsAHeadingAndASecondRunProposesNothing() throws Exception {
        String pt = PT_TEXT.substring(0, PT_TEXT.indexOf("## Risk Registry"))
                + "<details><summary>History</summary>\nThe first PT had no registry.\n</details>\n";
        assertAddsR1ThenProposesNothing(pt, new TextEdit(Range.of(8, 0, 8, 0), "\n## Risk Registry\n" + R1_LINE));
    }

    /** Found by SyncToPtPropertyTest at 100k tries: in an unclosed code block, each sync appended the section again. */
    @Test
    void refusesAPtThatEndsInsideAnUnclosedCodeBlock() {
        String pt = PT_TEXT.substring(0, PT_TEXT.indexOf("## Risk Registry")) + "```\nnotes\n~~~\n";
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, L2_TEXT).file(PT, pt);
        var r = SyncToPt.plan(ws.index(), ws.document(L2), TODAY);
        assertThat(r).isInstanceOf(SyncToPt.Refused.class);
        assertThat(((SyncToPt.Refused) r).reasons())
                .singleElement()
                .asString()
                .startsWith(PT + ": R-1 would not be seen")
                .contains("unclosed code block");
    }

    /** Found by SyncToPtPropertyTest: text right below an empty section's heading became part of the new item. */
    @Test
    void anItemAddedAboveTextIsSeparatedFromIt() throws Exception {
        String pt = PT_TEXT.replace("## Risk Registry\n- None\n", "## Risk Registry\nKept by the Lead.\n");
        assertAddsR1ThenProposesNothing(pt, new TextEdit(Range.of(5, 16, 5, 16), "\n" + R1_LINE));
    }

    /** Found by SyncToPtPropertyTest at 100k tries: an item put between a list item and its nested list. */
    @Test
    void aSectionWithANestedListWithoutIdsIsSyncedOnce() throws Exception {
        String pt = PT_TEXT.replace(
                "## Risk Registry\n- None\n", "## Risk Registry\n1. Watch the queue\n      - and the retries\n");
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, L2_TEXT).file(PT, pt);
        apply(ws, planned(ws));
        assertThat(Files.readString(tmp.resolve(PT))).contains(R1_LINE.strip());
        assertThat(planned(TestWorkspace.in(tmp)).isEmpty()).isTrue();
    }

    private static final String R1_LINE = "- [R-1] Circular dependency X↔Y↔Z via interface adapter. "
            + "<!-- source: phase-3/coordinator/L2-summary.md -->\n";

    /** Syncing L2_TEXT into this PT ends with this edit, and a second run proposes nothing. */
    private void assertAddsR1ThenProposesNothing(String pt, TextEdit last) throws Exception {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, L2_TEXT).file(PT, pt);
        assertThat(planned(ws).edits().get(PT)).last().isEqualTo(last);
        apply(ws, planned(ws));
        assertThat(planned(TestWorkspace.in(tmp)).isEmpty()).isTrue();
    }

    static void apply(TestWorkspace ws, WorkspaceChange change) throws Exception {
        for (var e : change.edits().entrySet()) {
            Path p = ws.root().resolve(e.getKey());
            Files.writeString(p, TextEdits.apply(Files.readString(p), e.getValue()));
        }
        for (var f : change.creates()) {
            Files.createDirectories(ws.root().resolve(f.path()).getParent());
            Files.writeString(ws.root().resolve(f.path()), f.content());
        }
    }
}
