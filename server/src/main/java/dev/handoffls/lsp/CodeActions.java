package dev.handoffls.lsp;

import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Code actions: quick fixes keyed by diagnostic code (registered once, in the engine's fix registry)
 * and the Lead's source actions, which run as commands so their edit is planned on the newest text.
 */
final class CodeActions {
    static final String SOURCE_SYNC = CodeActionKind.Source + ".handoff.syncToPt";
    static final String SOURCE_DIRECTIVE = CodeActionKind.Source + ".handoff.generateDirective";
    static final String SOURCE_TEMPLATE = CodeActionKind.Source + ".handoff.insertDownstreamHandoff";
    static final String SOURCE_PT = CodeActionKind.Source + ".handoff.createPermanentTask";
    static final String SOURCE_TICKET = CodeActionKind.Source + ".handoff.newTicket";

    private CodeActions() {}

    static List<Either<Command, CodeAction>> of(
            WorkspaceSession s, WorkspaceIndex index, HandoffDocument doc, CodeActionParams params) {
        List<Either<Command, CodeAction>> out = new ArrayList<>(QuickFixActions.of(s, index, doc, params));
        String uri = params.getTextDocument().getUri();
        if (doc.isL2() && doc.handoff().isPresent()) {
            out.add(source("Sync to PT", SOURCE_SYNC, LeadCommands.SYNC_TO_PT, uri));
        }
        if ((doc.isL2() || doc.isPt()) && doc.location().pipelineFolder() != null) {
            out.add(source("Generate directive for phase N+1", SOURCE_DIRECTIVE, LeadCommands.GENERATE_DIRECTIVE, uri));
        }
        if (doc.isL2() && doc.handoff().isEmpty()) {
            out.add(source("Insert Downstream Handoff template", SOURCE_TEMPLATE, LeadCommands.INSERT_HANDOFF, uri));
        }
        if (index.scopeOf(doc).pts().isEmpty()) {
            out.add(source("Create PERMANENT Task", SOURCE_PT, LeadCommands.CREATE_PT, uri));
        }
        out.add(source("New handoff ticket", SOURCE_TICKET, LeadCommands.NEW_TICKET, uri));
        List<String> only =
                params.getContext() == null ? null : params.getContext().getOnly();
        if (only == null || only.isEmpty()) {
            return out;
        }
        return out.stream()
                .filter(a -> a.isRight()
                        && only.stream().anyMatch(k -> a.getRight().getKind().startsWith(k)))
                .toList();
    }

    private static Either<Command, CodeAction> source(String title, String kind, String command, String uri) {
        CodeAction a = new CodeAction(title);
        a.setKind(kind);
        a.setCommand(new Command(title, command, List.of(uri)));
        return Either.forRight(a);
    }
}
