package dev.handoffls.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Document synchronisation and the per-document requests. Handlers only adapt: they find the
 * session and snapshot, call the engine, convert the answer (STYLE habit 1).
 */
final class HandoffTextDocumentService extends FeatureHandlers implements TextDocumentService {

    HandoffTextDocumentService(HandoffLanguageServer server) {
        super(server);
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var doc = params.getTextDocument();
        WorkspaceSession s = server.sessionFor(doc.getUri());
        if (s == null) {
            return;
        }
        s.relativePath(doc.getUri()).ifPresent(path -> {
            Set<String> affected = s.putOpen(new OpenDocument(doc.getUri(), path, doc.getVersion(), doc.getText()));
            server.diagnostics().checkOpened(s, path);
            affected.remove(path);
            server.diagnostics().schedule(s, affected);
        });
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        WorkspaceSession s = server.sessionFor(uri);
        if (s == null) {
            return;
        }
        s.relativePath(uri).ifPresent(path -> {
            String before = s.openDocument(path).map(OpenDocument::text).orElse("");
            String after = TextChanges.apply(before, params.getContentChanges());
            Integer version = params.getTextDocument().getVersion();
            Set<String> affected = s.putOpen(new OpenDocument(uri, path, version == null ? 0 : version, after));
            server.diagnostics().schedule(s, affected);
        });
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        WorkspaceSession s = server.sessionFor(uri);
        if (s == null) {
            return;
        }
        s.relativePath(uri).ifPresent(path -> server.diagnostics().schedule(s, s.close(path)));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // The text is already current through didChange; the watcher reports the disk write.
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        return compute(params.getTextDocument().getUri(), (s, index, doc) -> {
            List<Diagnostic> items = doc == null ? List.of() : server.diagnostics().diagnostics(s, index, doc);
            return new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(new ArrayList<>(items)));
        }, () -> new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(new ArrayList<>())));
    }
}
