package dev.handoffls.lsp;

import dev.handoffls.features.WorkspaceChange;
import dev.handoffls.features.fixes.FixCommand;
import dev.handoffls.features.fixes.QuickFix;
import dev.handoffls.features.fixes.QuickFixes;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Quick fixes for the diagnostics of a code action request: each diagnostic is turned back into its
 * finding ({@link Convert#finding}, with the data it was published with) and the engine's one fix
 * registry answers. Fixes with edits become workspace edits against the open documents' versions;
 * fixes that run an action (Sync to PT) become commands, planned on the newest text when run.
 */
final class QuickFixActions {
    private QuickFixActions() {}

    static List<Either<Command, CodeAction>> of(
            WorkspaceSession s, WorkspaceIndex index, HandoffDocument doc, CodeActionParams params) {
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        if (params.getContext() == null || params.getContext().getDiagnostics() == null) {
            return out;
        }
        for (Diagnostic d : params.getContext().getDiagnostics()) {
            Optional<Finding> finding = Convert.finding(d, doc.path(), s::relativePath);
            if (finding.isEmpty()) {
                continue;
            }
            for (QuickFix fix : QuickFixes.forFinding(index, doc, finding.get())) {
                out.add(Either.forRight(fix.command() != null ? command(s, fix, d) : action(s, fix, d)));
            }
        }
        return out;
    }

    private static CodeAction action(WorkspaceSession s, QuickFix fix, Diagnostic d) {
        CodeAction a = new CodeAction(fix.title());
        a.setKind(CodeActionKind.QuickFix);
        a.setDiagnostics(List.of(d));
        a.setIsPreferred(fix.preferred());
        a.setEdit(Edits.of(s, new WorkspaceChange(fix.edits(), List.of())));
        return a;
    }

    private static CodeAction command(WorkspaceSession s, QuickFix fix, Diagnostic d) {
        CodeAction a = new CodeAction(fix.title());
        a.setKind(CodeActionKind.QuickFix);
        a.setDiagnostics(List.of(d));
        a.setIsPreferred(fix.preferred());
        String name = switch (fix.command().name()) {
            case FixCommand.SYNC_TO_PT -> LeadCommands.SYNC_TO_PT;
            default ->
                throw new IllegalArgumentException(
                        "unknown fix command " + fix.command().name());
        };
        a.setCommand(
                new Command(fix.title(), name, List.of(s.uriOf(fix.command().path()))));
        return a;
    }
}
