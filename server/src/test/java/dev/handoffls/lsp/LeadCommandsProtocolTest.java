package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sync to PT and the other Lead commands through a real connection: one versioned edit, applied by the client. */
class LeadCommandsProtocolTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";

    @TempDir
    Path tmp;

    private LspConnection lsp;

    @AfterEach
    void close() throws Exception {
        lsp.close();
    }

    @Test
    void syncToPtEditsTheOpenModifiedPtAtItsVersionKeepingUnsavedText() throws Exception {
        TestWorkspace.in(tmp).file(L2, """
                # Phase 3

                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern.
                """).file(PT, """
                # PERMANENT Task — alpha
                ## Architecture Decisions
                - None
                """);
        lsp = new LspConnection();
        lsp.start(tmp);
        String ptUri = LspConnection.uri(tmp, PT);
        String unsaved =
                "# PERMANENT Task — alpha\n\nNotes typed but not saved.\n\n## Architecture Decisions\n- None\n";
        lsp.open(ptUri, 9, unsaved);

        var actions = lsp.server
                .getTextDocumentService()
                .codeAction(new CodeActionParams(
                        new TextDocumentIdentifier(LspConnection.uri(tmp, L2)),
                        new Range(new Position(0, 0), new Position(0, 0)),
                        new CodeActionContext(List.of())))
                .get(5, TimeUnit.SECONDS);
        var sync = actions.stream()
                .map(a -> a.getRight())
                .filter(a -> a.getTitle().equals("Sync to PT"))
                .findFirst()
                .orElseThrow();
        assertThat(sync.getKind()).isEqualTo("source.handoff.syncToPt");

        lsp.server
                .getWorkspaceService()
                .executeCommand(new ExecuteCommandParams(
                        sync.getCommand().getCommand(),
                        List.copyOf(sync.getCommand().getArguments())))
                .get(5, TimeUnit.SECONDS);
        assertThat(lsp.client.appliedEdits).hasSize(1);
        var changes = lsp.client.appliedEdits.get(0).getEdit().getDocumentChanges();
        var ptEdit = changes.stream()
                .map(c -> c.getLeft())
                .filter(e -> e.getTextDocument().getUri().equals(ptUri))
                .findFirst()
                .orElseThrow();
        assertThat(ptEdit.getTextDocument().getVersion()).isEqualTo(9);
        assertThat(ptEdit.getEdits()).singleElement().satisfies(e -> {
            assertThat(e.getRange()).isEqualTo(new Range(new Position(5, 0), new Position(5, 6)));
            assertThat(e.getNewText())
                    .isEqualTo("- [AD-1] Event-driven pattern. <!-- source: phase-3/coordinator/L2-summary.md -->");
        });
    }

    @Test
    void generateDirectiveCreatesTheFileThroughTheEdit() throws Exception {
        TestWorkspace.in(tmp)
                .file(L2, "# Phase 3\n\n## Downstream Handoff\n### Decisions Made\n- [AD-1] A.\n")
                .file(PT, "# PERMANENT Task — alpha\n## Architecture Decisions\n- [AD-1] A.\n");
        lsp = new LspConnection();
        lsp.start(tmp);
        lsp.server
                .getWorkspaceService()
                .executeCommand(
                        new ExecuteCommandParams("handoff.generateDirective", List.of(LspConnection.uri(tmp, L2))))
                .get(5, TimeUnit.SECONDS);
        var changes = lsp.client.appliedEdits.get(0).getEdit().getDocumentChanges();
        assertThat(changes.get(0).getRight().getKind()).isEqualTo("create");
        assertThat(changes.get(1).getLeft().getEdits().get(0).getNewText())
                .startsWith("## Directive for Phase 4 Coordinator");
    }

    @Test
    void newTicketNamesTheFileFromTitleAssigneeAndDate() throws Exception {
        TestWorkspace.in(tmp).file(L2, "# Phase 3\n");
        lsp = new LspConnection();
        lsp.start(tmp);
        var options = com.google.gson.JsonParser.parseString(
                "{\"title\": \"Deploy the re-ranker\", \"assignee\": \"Russell\"}");
        lsp.server
                .getWorkspaceService()
                .executeCommand(
                        new ExecuteCommandParams("handoff.newTicket", List.of(LspConnection.uri(tmp, L2), options)))
                .get(5, TimeUnit.SECONDS);
        var changes = lsp.client.appliedEdits.get(0).getEdit().getDocumentChanges();
        String id = "handoff-deploy-the-re-ranker-russell-"
                + java.time.LocalDate.now().toString().replace("-", "");
        assertThat(changes.get(0).getRight().getKind()).isEqualTo("create");
        assertThat(((org.eclipse.lsp4j.CreateFile) changes.get(0).getRight()).getUri())
                .endsWith("/handoffs/" + id + ".md");
        assertThat(changes.get(1).getLeft().getEdits().get(0).getNewText())
                .contains("**ID**: " + id)
                .contains("**Assigned to**: Russell")
                .contains("# Deploy the re-ranker");
    }
}
