package dev.handoffls.lsp;

import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Code;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Bridges a diagnostic to the engine's quick-fix registry (features.fixes). */
final class EngineFixes {
    private EngineFixes() {
    }

    static void add(WorkspaceSession s, WorkspaceIndex index, HandoffDocument doc, Diagnostic d, Code code,
            List<Either<Command, CodeAction>> out) {
        // Wired once the fix registry lands.
    }
}
