package dev.handoffls.lsp;

import dev.handoffls.features.TextEdit;
import dev.handoffls.features.WorkspaceChange;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Engine changes as one {@code WorkspaceEdit}: text edits carry the version of the document the editor
 * has open (so nothing the user typed is overwritten), new files are create operations followed by
 * their content.
 */
final class Edits {
    private Edits() {}

    static WorkspaceEdit of(WorkspaceSession s, WorkspaceChange change) {
        List<Either<TextDocumentEdit, ResourceOperation>> ops = new ArrayList<>();
        change.edits().forEach((path, list) -> {
            if (list.isEmpty()) {
                return;
            }
            Integer version = s.openDocument(path).map(OpenDocument::version).orElse(null);
            ops.add(Either.forLeft(
                    new TextDocumentEdit(new VersionedTextDocumentIdentifier(s.uriOf(path), version), convert(list))));
        });
        for (WorkspaceChange.NewFile f : change.creates()) {
            String uri = s.uriOf(f.path());
            ops.add(Either.forRight(new CreateFile(uri, new CreateFileOptions(false, true))));
            ops.add(Either.forLeft(new TextDocumentEdit(
                    new VersionedTextDocumentIdentifier(uri, null),
                    List.of(new org.eclipse.lsp4j.TextEdit(
                            new Range(new Position(0, 0), new Position(0, 0)), f.content())))));
        }
        return new WorkspaceEdit(ops);
    }

    static List<org.eclipse.lsp4j.TextEdit> convert(List<TextEdit> edits) {
        return edits.stream()
                .map(e -> new org.eclipse.lsp4j.TextEdit(Convert.range(e.range()), e.newText()))
                .toList();
    }
}
