package dev.handoffls.lsp;

import dev.handoffls.features.WorkspaceChange;
import dev.handoffls.features.lead.DirectivePlanner;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import dev.handoffls.rules.Code;
import dev.handoffls.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Quick fixes for the diagnostics of a code action request, keyed by code: HL501 runs Sync to PT on
 * this L2, HL302 on the ID's origin L2, HL503 recomputes the directive's counts; every code (these
 * too, for <i>Suppress HLxxx on this line</i>) asks the engine's fix registry.
 */
final class QuickFixActions {
    private QuickFixActions() {
    }

    static List<Either<Command, CodeAction>> of(WorkspaceSession s, WorkspaceIndex index, HandoffDocument doc,
            CodeActionParams params) {
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        if (params.getContext() == null || params.getContext().getDiagnostics() == null) {
            return out;
        }
        String uri = params.getTextDocument().getUri();
        // The document's findings, computed at most once per request (not once per diagnostic).
        Supplier<List<Finding>> findings = Suppliers.memoize(() -> EngineFixes.CHECKER.checkDocument(index, doc));
        for (Diagnostic d : params.getContext().getDiagnostics()) {
            if (!Convert.SOURCE.equals(d.getSource()) || d.getCode() == null || d.getCode().getLeft() == null) {
                continue;
            }
            Code code = Code.parse(d.getCode().getLeft()).orElse(null);
            if (code == Code.HL302 && d.getRelatedInformation() != null && !d.getRelatedInformation().isEmpty()) {
                // The ID's origin L2 is the related location: syncing it puts the ID into the PT.
                String origin = d.getRelatedInformation().get(0).getLocation().getUri();
                CodeAction a = new CodeAction("Sync the origin L2 to the PT");
                a.setKind(CodeActionKind.QuickFix);
                a.setDiagnostics(List.of(d));
                a.setCommand(new Command(a.getTitle(), LeadCommands.SYNC_TO_PT, List.of(origin)));
                out.add(Either.forRight(a));
            } else if (code == Code.HL501) {
                CodeAction a = new CodeAction("Sync to PT");
                a.setKind(CodeActionKind.QuickFix);
                a.setDiagnostics(List.of(d));
                a.setCommand(new Command("Sync to PT", LeadCommands.SYNC_TO_PT, List.of(uri)));
                out.add(Either.forRight(a));
            } else if (code == Code.HL503) {
                var edits = DirectivePlanner.recomputeCounts(index, doc);
                if (!edits.isEmpty()) {
                    out.add(Either.forRight(action(s, "Recompute the counts from the PT", d, true,
                            new WorkspaceChange(Map.of(doc.path(), edits), List.of()))));
                }
            }
            if (code != null) {
                // The engine's fixes of the code, and the suppression every finding offers.
                EngineFixes.add(s, index, doc, d, code, findings, out);
            }
        }
        return out;
    }

    static CodeAction action(WorkspaceSession s, String title, Diagnostic d, boolean preferred, WorkspaceChange change) {
        CodeAction a = new CodeAction(title);
        a.setKind(CodeActionKind.QuickFix);
        a.setDiagnostics(List.of(d));
        a.setIsPreferred(preferred);
        a.setEdit(Edits.of(s, change));
        return a;
    }
}
