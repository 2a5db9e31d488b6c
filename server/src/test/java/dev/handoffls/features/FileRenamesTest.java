package dev.handoffls.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRenamesTest {
    private static final String PIPE = ".agent/teams/a";

    @TempDir
    Path tmp;

    @Test
    void linksToAMovedFileFollowIt() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file("decisions/decision-011.md", "# Decision 011: Handoffs\n\n## Status\n")
                .file("handoffs/notes.md", "See [the decision](../decisions/decision-011.md#status) first.\n");
        Map<String, List<TextEdit>> edits = FileRenames.plan(
                ws.index(),
                List.of(new FileRenames.Rename("decisions/decision-011.md", "decisions/archive/decision-011.md")));
        assertThat(edits).containsOnlyKeys("handoffs/notes.md");
        assertThat(edits.get("handoffs/notes.md"))
                .containsExactly(new TextEdit(Range.of(0, 19, 0, 47), "../decisions/archive/decision-011.md"));
    }

    @Test
    void aRenamedFolderUpdatesDirectiveInputsAndPtSourceAnnotations() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(
                        PIPE + "/phase-3/coordinator/L2-summary.md",
                        "# P3\n\n## Downstream Handoff\n### Decisions Made\n- [AD-1] A.\n")
                .file(
                        PIPE + "/permanent-task.md",
                        "# PERMANENT Task\n## Architecture Decisions\n"
                                + "- [AD-1] A. <!-- source: phase-3/coordinator/L2-summary.md -->\n")
                .file(
                        PIPE + "/phase-4/directive.md",
                        "## Directive for Phase 4\n"
                                + "Read Phase 3 coordinator's L2 at: phase-3/coordinator/L2-summary.md\n");
        Map<String, List<TextEdit>> edits = FileRenames.plan(
                ws.index(),
                List.of(new FileRenames.Rename(PIPE + "/phase-3/coordinator", PIPE + "/phase-3/arch-coord")));
        assertThat(edits.get(PIPE + "/permanent-task.md"))
                .containsExactly(new TextEdit(Range.of(2, 25, 2, 58), "phase-3/arch-coord/L2-summary.md"));
        assertThat(edits.get(PIPE + "/phase-4/directive.md"))
                .containsExactly(new TextEdit(Range.of(1, 34, 1, 67), "phase-3/arch-coord/L2-summary.md"));
    }

    @Test
    void linksInsideAMovedDocumentAreRewrittenForItsNewFolder() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file("notes/a.md", "Read [b](./b.md) and [x](https://example.com).\n")
                .file("notes/b.md", "# B\n");
        Map<String, List<TextEdit>> edits =
                FileRenames.plan(ws.index(), List.of(new FileRenames.Rename("notes/a.md", "notes/old/a.md")));
        assertThat(edits.get("notes/a.md")).containsExactly(new TextEdit(Range.of(0, 9, 0, 15), "../b.md"));
    }
}
