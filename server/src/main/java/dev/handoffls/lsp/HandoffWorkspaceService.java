package dev.handoffls.lsp;

import dev.handoffls.features.structure.WorkspaceSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Watched files, configuration from the client, and workspace-wide requests. */
final class HandoffWorkspaceService extends FeatureHandlers implements WorkspaceService {

    HandoffWorkspaceService(HandoffLanguageServer server) {
        super(server);
    }

    /** Message thread: groups the events by folder and enqueues them on the session executor. */
    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        Map<WorkspaceSession, List<String>> changed = new LinkedHashMap<>();
        for (FileEvent e : params.getChanges()) {
            WorkspaceSession s = server.sessionFor(e.getUri());
            if (s != null) {
                s.relativePath(e.getUri())
                        .ifPresent(path -> changed.computeIfAbsent(s, k -> new ArrayList<>())
                                .add(path));
            }
        }
        changed.forEach((s, paths) -> s.enqueue(() -> filesChanged(s, paths)));
    }

    /** Session executor: update the index file by file; a {@code .handoff.yaml} change starts a rescan. */
    private void filesChanged(WorkspaceSession s, List<String> paths) {
        Set<String> affected = new LinkedHashSet<>();
        boolean rescan = false;
        for (String path : paths) {
            try {
                if (WorkspaceSession.isConfig(path)) {
                    rescan = true;
                } else {
                    for (String p : s.pathsOfEvent(path)) {
                        affected.addAll(s.fileChanged(p));
                    }
                }
            } catch (RuntimeException ex) {
                server.message(
                        org.eclipse.lsp4j.MessageType.Warning, "handoff-ls: could not re-read " + path + ": " + ex);
            }
        }
        if (rescan) {
            server.rescan(s, s.beginRescan()); // publishes every document once the new configuration is applied
        }
        server.diagnostics().schedule(s, affected);
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        if (params.getSettings() != null && !(params.getSettings() instanceof com.google.gson.JsonNull)) {
            server.settings(ClientSettings.from(params.getSettings()));
        } else {
            requestConfiguration();
        }
    }

    /** Pulls the {@code handoff} section when the client supports {@code workspace/configuration}. */
    void requestConfiguration() {
        var caps = server.capabilities().getWorkspace();
        if (caps == null || !Boolean.TRUE.equals(caps.getConfiguration()) || server.client() == null) {
            return;
        }
        ConfigurationItem item = new ConfigurationItem();
        item.setSection("handoff");
        server.client().configuration(new ConfigurationParams(List.of(item))).thenAccept(values -> {
            // null (JSON null on the wire): the client has no such section; the initialization options stay.
            if (values != null
                    && !values.isEmpty()
                    && values.get(0) != null
                    && !(values.get(0) instanceof com.google.gson.JsonNull)) {
                server.settings(ClientSettings.from(values.get(0)));
            }
        });
    }

    @Override
    public CompletableFuture<WorkspaceDiagnosticReport> diagnostic(WorkspaceDiagnosticParams params) {
        return computeWorkspace(
                sessions -> {
                    List<WorkspaceDocumentDiagnosticReport> items = new ArrayList<>();
                    for (WorkspaceSession s : sessions) {
                        var index = s.index();
                        for (var doc : index.documents().values()) {
                            var diagnostics = server.diagnostics().diagnostics(s, index, doc);
                            if (diagnostics.isEmpty()) {
                                continue;
                            }
                            Integer version = s.openDocument(doc.path())
                                    .map(OpenDocument::version)
                                    .orElse(null);
                            items.add(new WorkspaceDocumentDiagnosticReport(new WorkspaceFullDocumentDiagnosticReport(
                                    new ArrayList<>(diagnostics), s.uriOf(doc.path()), version)));
                        }
                    }
                    return new WorkspaceDiagnosticReport(items);
                },
                () -> new WorkspaceDiagnosticReport(List.of()));
    }

    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
            WorkspaceSymbolParams params) {
        return computeWorkspace(
                sessions -> {
                    List<WorkspaceSymbol> out = new ArrayList<>();
                    for (WorkspaceSession s : sessions) {
                        out.addAll(StructureHandlers.workspaceSymbols(
                                s, WorkspaceSymbols.search(s.index(), params.getQuery())));
                    }
                    return Either.<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>forRight(out);
                },
                () -> Either.forRight(List.of()));
    }

    /**
     * {@code handoff.trail [uri, {line, character}]}: the sites of the ID at the position in phase
     * order (spec §13), for a client to show as a references peek ({@code handoff.showTrail}).
     */
    static final String TRAIL = "handoff.trail";

    private static Object trail(
            WorkspaceSession s,
            dev.handoffls.index.WorkspaceIndex index,
            dev.handoffls.model.HandoffDocument doc,
            java.util.Map<String, String> options) {
        try {
            var at = new dev.handoffls.text.Position(
                    Integer.parseInt(options.getOrDefault("line", "-1")),
                    Integer.parseInt(options.getOrDefault("character", "-1")));
            return dev.handoffls.features.IdAt.find(doc, at)
                    .map(id -> NavigationHandlers.locations(
                            s,
                            dev.handoffls.features.TrailSummary.of(index, doc, id.id())
                                    .sites()))
                    .orElse(List.of());
        } catch (NumberFormatException e) {
            return List.of();
        }
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        String uri = params.getArguments() == null || params.getArguments().isEmpty()
                ? null
                : argument(params.getArguments().get(0));
        java.util.Map<String, String> options = new java.util.HashMap<>();
        if (params.getArguments() != null
                && params.getArguments().size() > 1
                && params.getArguments().get(1) instanceof com.google.gson.JsonObject o) {
            o.entrySet().forEach(e -> {
                if (e.getValue().isJsonPrimitive()) {
                    options.put(e.getKey(), e.getValue().getAsString());
                }
            });
        }
        if (uri == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (TRAIL.equals(params.getCommand())) {
            return compute(uri, (s, index, doc) -> trail(s, index, doc, options), () -> null);
        }
        return compute(
                uri,
                (s, index, doc) -> {
                    LeadCommands.Outcome outcome = LeadCommands.plan(params.getCommand(), index, doc, options);
                    if (outcome.refused()) {
                        server.show(org.eclipse.lsp4j.MessageType.Error, outcome.message());
                        return outcome.message();
                    }
                    if (!outcome.change().isEmpty() && server.client() != null) {
                        server.client()
                                .applyEdit(new org.eclipse.lsp4j.ApplyWorkspaceEditParams(
                                        Edits.of(s, outcome.change()), params.getCommand()));
                    }
                    if (!outcome.message().isEmpty()) {
                        server.show(org.eclipse.lsp4j.MessageType.Info, outcome.message());
                    }
                    return outcome.message();
                },
                () -> null);
    }

    private static String argument(Object arg) {
        if (arg instanceof com.google.gson.JsonPrimitive p) {
            return p.getAsString();
        }
        if (arg instanceof com.google.gson.JsonObject o && o.has("uri")) {
            return o.get("uri").getAsString();
        }
        return arg instanceof String str ? str : null;
    }

    /** A rename or move made in the editor: rewrite what points at the file before it moves (spec §10). */
    @Override
    public CompletableFuture<org.eclipse.lsp4j.WorkspaceEdit> willRenameFiles(
            org.eclipse.lsp4j.RenameFilesParams params) {
        return computeWorkspace(
                sessions -> {
                    for (WorkspaceSession s : sessions) {
                        List<dev.handoffls.features.FileRenames.Rename> renames = new ArrayList<>();
                        for (org.eclipse.lsp4j.FileRename r : params.getFiles()) {
                            var from = s.relativePath(r.getOldUri());
                            var to = s.relativePath(r.getNewUri());
                            if (from.isPresent() && to.isPresent()) {
                                renames.add(new dev.handoffls.features.FileRenames.Rename(from.get(), to.get()));
                            }
                        }
                        if (!renames.isEmpty()) {
                            var edits = dev.handoffls.features.FileRenames.plan(s.index(), renames);
                            return edits.isEmpty()
                                    ? null
                                    : Edits.of(s, new dev.handoffls.features.WorkspaceChange(edits, List.of()));
                        }
                    }
                    return null;
                },
                () -> null);
    }
}
