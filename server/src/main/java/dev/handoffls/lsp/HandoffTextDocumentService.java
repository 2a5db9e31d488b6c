package dev.handoffls.lsp;

import dev.handoffls.features.CodeLenses;
import dev.handoffls.features.Definitions;
import dev.handoffls.features.DocumentLinks;
import dev.handoffls.features.Highlights;
import dev.handoffls.features.HoverProvider;
import dev.handoffls.features.Renamer;
import dev.handoffls.features.structure.Completion;
import dev.handoffls.features.structure.DocumentSymbols;
import dev.handoffls.features.structure.FoldingRanges;
import dev.handoffls.features.structure.SelectionRanges;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DeclarationParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Document synchronisation and the per-document requests. Handlers only adapt: they find the
 * session and snapshot, call the engine, convert the answer (STYLE habit 1).
 */
final class HandoffTextDocumentService extends FeatureHandlers implements TextDocumentService {
    private static final Logger LOG = Logger.getLogger(HandoffTextDocumentService.class.getName());

    HandoffTextDocumentService(HandoffLanguageServer server) {
        super(server);
    }

    // Document sync runs on the JSON-RPC message thread: it records the editor's text and only enqueues
    // the parse and index update on the session executor (syncLater), where bursts coalesce.

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var doc = params.getTextDocument();
        WorkspaceSession s = server.sessionFor(doc.getUri());
        if (s == null) {
            return;
        }
        s.relativePath(doc.getUri()).ifPresent(path -> {
            s.editorOpened(new OpenDocument(doc.getUri(), path, doc.getVersion(), doc.getText()));
            syncLater(s, path);
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
            var before = s.editorDocument(path);
            if (before.isEmpty()) {
                // Applying the change to "" would make up content (a false HL101, the disk's text hidden).
                LOG.warning("ignoring didChange for " + uri + ": the document is not open");
                return;
            }
            String after = TextChanges.apply(before.get().text(), params.getContentChanges());
            Integer version = params.getTextDocument().getVersion();
            s.editorChanged(new OpenDocument(uri, path, version == null ? 0 : version, after));
            syncLater(s, path);
        });
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        WorkspaceSession s = server.sessionFor(uri);
        if (s == null) {
            return;
        }
        s.relativePath(uri).ifPresent(path -> {
            s.editorClosed(path);
            syncLater(s, path);
        });
    }

    /**
     * On the session executor: bring the snapshot to the editor's latest text, then re-check. The document
     * itself is queued before its dependents are even worked out; they are checked once typing pauses.
     */
    private void syncLater(WorkspaceSession s, String path) {
        s.enqueue(() -> s.syncEditor(path).ifPresent(sync -> {
            if (sync.opened()) {
                server.diagnostics().checkOpened(s, path);
            } else if (s.editedNeedsCheck(sync.before(), path)) {
                server.diagnostics().schedule(s, List.of(path));
            }
            server.diagnostics().scheduleAfterPause(s, s.dependents(sync.before(), path));
        }));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // The text is already current through didChange; the watcher reports the disk write.
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        String uri = params.getTextDocument().getUri();
        return compute(
                uri,
                (s, index, doc) -> report(server.diagnostics().diagnostics(s, index, doc)),
                () -> report(skippedDiagnostics(uri))); // no document: maybe skipped (over maxFileSize)
    }

    private List<Diagnostic> skippedDiagnostics(String uri) {
        WorkspaceSession s = server.sessionFor(uri);
        return s == null
                ? List.of()
                : s.relativePath(uri)
                        .map(path -> server.diagnostics().skippedDiagnostics(s, s.index(), path))
                        .orElse(List.of());
    }

    private static DocumentDiagnosticReport report(List<Diagnostic> items) {
        return new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(new ArrayList<>(items)));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return compute(
                params.getTextDocument().getUri(),
                (s, index, doc) -> HoverProvider.hover(index, doc, Convert.position(params.getPosition()))
                        .map(h -> NavigationHandlers.hover(s, h))
                        .orElse(null),
                () -> null);
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        return compute(
                params.getTextDocument().getUri(),
                (s, index, doc) -> Either.forLeft(NavigationHandlers.locations(
                        s, NavigationHandlers.definition(index, doc, params.getPosition()))),
                () -> Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> declaration(
            DeclarationParams params) {
        return compute(
                params.getTextDocument().getUri(),
                (s, index, doc) -> Either.forLeft(NavigationHandlers.locations(
                        s, Definitions.declaration(index, doc, Convert.position(params.getPosition())))),
                () -> Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        boolean declaration = params.getContext() != null && params.getContext().isIncludeDeclaration();
        return compute(
                params.getTextDocument().getUri(),
                (s, index, doc) -> NavigationHandlers.locations(
                        s, NavigationHandlers.references(index, doc, params.getPosition(), declaration)),
                List::of);
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        return compute(
                params.getTextDocument().getUri(),
                (s, index, doc) -> NavigationHandlers.highlights(
                        Highlights.highlights(doc, Convert.position(params.getPosition()))),
                List::of);
    }

    @Override
    public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
            PrepareRenameParams params) {
        return compute(
                params.getTextDocument().getUri(),
                (s, index, doc) -> Renamer.prepareRename(index, doc, Convert.position(params.getPosition()))
                        .map(r -> Either3.<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>forFirst(
                                Convert.range(r)))
                        .orElse(null),
                () -> null);
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return compute(
                params.getTextDocument().getUri(),
                (s, index, doc) -> NavigationHandlers.rename(
                        server,
                        s,
                        Renamer.rename(index, doc, Convert.position(params.getPosition()), params.getNewName())),
                () -> null);
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        String uri = params.getTextDocument().getUri();
        return compute(
                uri, (s, index, doc) -> NavigationHandlers.lenses(s, uri, CodeLenses.lenses(index, doc)), List::of);
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return compute(
                params.getTextDocument().getUri(),
                (s, index, doc) -> StructureHandlers.symbols(DocumentSymbols.of(doc)),
                List::of);
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return compute(
                params.getTextDocument().getUri(),
                (s, index, doc) -> StructureHandlers.folds(FoldingRanges.of(doc)),
                List::of);
    }

    @Override
    public CompletableFuture<List<SelectionRange>> selectionRange(SelectionRangeParams params) {
        return compute(
                params.getTextDocument().getUri(),
                (s, index, doc) -> params.getPositions().stream()
                        .map(p -> StructureHandlers.selection(SelectionRanges.at(doc, Convert.position(p))))
                        .toList(),
                List::of);
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return compute(
                params.getTextDocument().getUri(),
                (s, index, doc) -> new SemanticTokens(
                        java.util.Arrays.stream(dev.handoffls.features.structure.SemanticTokens.encode(
                                        dev.handoffls.features.structure.SemanticTokens.of(index, doc)))
                                .boxed()
                                .toList()),
                () -> new SemanticTokens(List.of()));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return compute(
                params.getTextDocument().getUri(),
                (s, index, doc) -> Either.<List<CompletionItem>, CompletionList>forRight(new CompletionList(
                        false,
                        StructureHandlers.completion(
                                Completion.at(index, doc, Convert.position(params.getPosition()))))),
                () -> Either.forRight(new CompletionList(false, List.of())));
    }

    @Override
    public CompletableFuture<List<DocumentLink>> documentLink(DocumentLinkParams params) {
        return compute(
                params.getTextDocument().getUri(),
                (s, index, doc) -> StructureHandlers.links(s, DocumentLinks.of(index, doc)),
                List::of);
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return compute(
                params.getTextDocument().getUri(), (s, index, doc) -> CodeActions.of(s, index, doc, params), List::of);
    }
}
