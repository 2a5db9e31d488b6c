package dev.handoffls.lsp;

import static dev.handoffls.lsp.RecordingClient.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec §14 in the editor: a suppression comment typed in silences the finding; the quick fix writes one. */
class SuppressionProtocolTest {
    private static final String NOTES = "_agents/_handoffs/notes.md";
    private static final String TEXT = "# Notes\n- [ ] Deploy worker.py\n";

    @TempDir
    Path tmp;

    private LspConnection lsp;

    @AfterEach
    void close() throws Exception {
        lsp.close();
    }

    /** Opens the notes at this version; returns what the server published for it. */
    private PublishDiagnosticsParams openNotes(int version) throws Exception {
        TestWorkspace.in(tmp).file(NOTES, TEXT);
        lsp = new LspConnection();
        lsp.start(tmp);
        lsp.open(uri(), version, TEXT);
        return lsp.client.awaitDiagnostics(uri(), d -> Integer.valueOf(version).equals(d.getVersion()), 5000);
    }

    private String uri() {
        return LspConnection.uri(tmp, NOTES);
    }

    @Test
    void typingASuppressionCommentClearsThePublishedFinding() throws Exception {
        assertThat(codes(openNotes(1))).containsExactly("HL304");
        String uri = uri();

        lsp.change(
                uri,
                2,
                new Range(new Position(1, 0), new Position(1, 0)),
                "<!-- handoff-ls-disable-next-line HL304 -->\n");
        var after = lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(2).equals(d.getVersion()), 5000);
        assertThat(codes(after)).isEmpty();

        lsp.change(uri, 3, new Range(new Position(1, 34), new Position(1, 39)), "HL306");
        var wrongCode = lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(3).equals(d.getVersion()), 5000);
        assertThat(codes(wrongCode)).containsExactlyInAnyOrder("HL304", "HL005");
    }

    @Test
    void everyFindingOffersTheSuppressionAsAQuickFix() throws Exception {
        var published = openNotes(4);
        String uri = uri();
        var context = new CodeActionContext(published.getDiagnostics());
        context.setOnly(List.of(CodeActionKind.QuickFix));
        var actions = lsp.server
                .getTextDocumentService()
                .codeAction(new CodeActionParams(
                        new TextDocumentIdentifier(uri),
                        published.getDiagnostics().get(0).getRange(),
                        context))
                .get(5, TimeUnit.SECONDS);
        CodeAction suppress = actions.stream()
                .map(a -> a.getRight())
                .filter(a -> a.getTitle().equals("Suppress HL304 on this line"))
                .findFirst()
                .orElseThrow();
        var edit = suppress.getEdit().getDocumentChanges().get(0).getLeft();
        assertThat(edit.getTextDocument().getVersion()).isEqualTo(4);
        assertThat(edit.getEdits())
                .containsExactly(new TextEdit(
                        new Range(new Position(1, 0), new Position(1, 0)),
                        "<!-- handoff-ls-disable-next-line HL304 -->\n"));
    }
}
