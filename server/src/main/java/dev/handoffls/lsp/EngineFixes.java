package dev.handoffls.lsp;

import com.google.common.base.Supplier;
import dev.handoffls.features.WorkspaceChange;
import dev.handoffls.features.fixes.QuickFix;
import dev.handoffls.features.fixes.QuickFixes;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Code;
import dev.handoffls.rules.Finding;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Bridges a diagnostic to the engine's quick-fix registry: finds its finding, asks for fixes, converts them. */
final class EngineFixes {
    static final Checker CHECKER = Checker.standard();

    private EngineFixes() {
    }

    static void add(WorkspaceSession s, WorkspaceIndex index, HandoffDocument doc, Diagnostic d, Code code,
            Supplier<List<Finding>> findings, List<Either<Command, CodeAction>> out) {
        Optional<Finding> finding = findings.get().stream()
                .filter(f -> f.code() == code && Convert.range(f.range()).equals(d.getRange())).findFirst();
        if (finding.isEmpty()) {
            return;
        }
        for (QuickFix fix : QuickFixes.forFinding(index, doc, finding.get())) {
            out.add(Either.forRight(QuickFixActions.action(s, fix.title(), d, fix.preferred(),
                    new WorkspaceChange(fix.edits(), List.of()))));
        }
    }
}
