package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quick fixes arrive as code actions for the diagnostics the client sends back. */
class QuickFixProtocolTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    private LspConnection lsp;

    @AfterEach
    void close() throws Exception {
        lsp.close();
    }

    @Test
    void aMalformedIdGetsItsRewriteAsAVersionedEdit() throws Exception {
        String text = """
                # Phase 3

                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD1] Event-driven pattern.
                """;
        TestWorkspace.in(tmp).file(L2, text);
        lsp = new LspConnection();
        lsp.start(tmp);
        String uri = LspConnection.uri(tmp, L2);
        lsp.open(uri, 3, text);
        var published = lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(3).equals(d.getVersion()), 5000);
        var hl201 = published.getDiagnostics().stream()
                .filter(d -> d.getCode().getLeft().equals("HL201"))
                .toList();

        var context = new CodeActionContext(hl201);
        context.setOnly(List.of(CodeActionKind.QuickFix));
        var actions = lsp.server
                .getTextDocumentService()
                .codeAction(new CodeActionParams(
                        new TextDocumentIdentifier(uri), hl201.get(0).getRange(), context))
                .get(5, TimeUnit.SECONDS);
        var fix = actions.get(0).getRight();
        assertThat(fix.getKind()).isEqualTo(CodeActionKind.QuickFix);
        var edit = fix.getEdit().getDocumentChanges().get(0).getLeft();
        assertThat(edit.getTextDocument().getVersion()).isEqualTo(3);
        assertThat(edit.getEdits())
                .containsExactly(new TextEdit(new Range(new Position(4, 3), new Position(4, 6)), "AD-1"));
    }

    @Test
    void aNotInPtDiagnosticCarriesItsOriginSoTheFixSyncsTheOriginL2() throws Exception {
        String pt = ".agent/teams/alpha/permanent-task.md";
        String directive = ".agent/teams/alpha/phase-4/directive.md";
        TestWorkspace.in(tmp)
                .file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern.
                """)
                .file(pt, "# PERMANENT Task\n## Architecture Decisions\n- None\n")
                .file(directive, "## Directive for Phase 4 Coordinator\nRespect AD-1.\n");
        lsp = new LspConnection();
        lsp.start(tmp);
        String uri = LspConnection.uri(tmp, directive);
        lsp.open(uri, 1, "## Directive for Phase 4 Coordinator\nRespect AD-1.\n");
        var published = lsp.client.awaitDiagnostics(
                uri,
                d -> d.getDiagnostics().stream()
                        .anyMatch(x -> x.getCode().getLeft().equals("HL302")),
                5000);
        var hl302 = published.getDiagnostics().stream()
                .filter(d -> d.getCode().getLeft().equals("HL302"))
                .toList();
        // The data travels with the diagnostic, so the server needs neither the checker nor a range match.
        var data = (com.google.gson.JsonObject) hl302.get(0).getData();
        assertThat(data.get("subject").getAsString()).isEqualTo("AD-1");
        assertThat(data.get("origin").getAsString()).isEqualTo(L2);
        var actions = lsp.server
                .getTextDocumentService()
                .codeAction(new CodeActionParams(
                        new TextDocumentIdentifier(uri), hl302.get(0).getRange(), new CodeActionContext(hl302)))
                .get(5, TimeUnit.SECONDS);
        var sync = actions.stream()
                .map(a -> a.getRight())
                .filter(a ->
                        a.getCommand() != null && a.getCommand().getCommand().equals(LeadCommands.SYNC_TO_PT))
                .findFirst()
                .orElseThrow();
        assertThat(sync.getTitle()).isEqualTo("Sync the origin L2 to the PT");
        assertThat(sync.getCommand().getArguments())
                .extracting(a -> a instanceof com.google.gson.JsonPrimitive j ? j.getAsString() : a)
                .containsExactly(LspConnection.uri(tmp, L2));
    }
}
