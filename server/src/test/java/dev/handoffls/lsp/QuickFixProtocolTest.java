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
        var hl201 = published.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals("HL201")).toList();

        var context = new CodeActionContext(hl201);
        context.setOnly(List.of(CodeActionKind.QuickFix));
        var actions = lsp.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                hl201.get(0).getRange(), context)).get(5, TimeUnit.SECONDS);
        var fix = actions.get(0).getRight();
        assertThat(fix.getKind()).isEqualTo(CodeActionKind.QuickFix);
        var edit = fix.getEdit().getDocumentChanges().get(0).getLeft();
        assertThat(edit.getTextDocument().getVersion()).isEqualTo(3);
        assertThat(edit.getEdits()).containsExactly(new TextEdit(new Range(new Position(4, 3), new Position(4, 6)), "AD-1"));
    }
}
