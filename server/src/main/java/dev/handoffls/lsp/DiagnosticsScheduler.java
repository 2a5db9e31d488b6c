package dev.handoffls.lsp;

import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Code;
import dev.handoffls.rules.Finding;
import dev.handoffls.rules.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Debounces changes, checks the affected documents and publishes only what changed (STYLE habit 5).
 * A result computed on a version the editor has moved past is dropped; the newer change is queued.
 */
final class DiagnosticsScheduler {
    private static final Logger LOG = Logger.getLogger(DiagnosticsScheduler.class.getName());

    private final Supplier<LanguageClient> client;
    private final ScheduledExecutorService executor;
    private final Supplier<ClientSettings> settings;
    private final Checker checker = Checker.standard();
    /** Rules that read what only a full index knows: silent until the first one exists (no false alarms). */
    private final Set<Code> needFullIndex = checker.needFullIndex();
    private final Map<WorkspaceSession, Set<String>> pending = new ConcurrentHashMap<>();
    private final Map<String, List<Diagnostic>> published = new ConcurrentHashMap<>();
    private ScheduledFuture<?> timer;

    DiagnosticsScheduler(Supplier<LanguageClient> client, ScheduledExecutorService executor,
            Supplier<ClientSettings> settings) {
        this.client = client;
        this.executor = executor;
        this.settings = settings;
    }

    /** Queue documents for a check after the debounce delay; later calls restart the delay. */
    synchronized void schedule(WorkspaceSession session, Collection<String> paths) {
        pending.computeIfAbsent(session, s -> ConcurrentHashMap.newKeySet()).addAll(paths);
        if (timer != null) {
            timer.cancel(false);
        }
        timer = executor.schedule(this::flush, settings.get().debounceMillis(), TimeUnit.MILLISECONDS);
    }

    /** Check now, without the debounce (after indexing, on open). */
    void checkNow(WorkspaceSession session, Collection<String> paths) {
        executor.execute(() -> publish(session, paths, false));
    }

    /** On open: the editor gets this version's diagnostics even when they equal what it already has. */
    void checkOpened(WorkspaceSession session, String path) {
        executor.execute(() -> publish(session, java.util.List.of(path), true));
    }

    private void flush() {
        Map<WorkspaceSession, Set<String>> work = new ConcurrentHashMap<>();
        synchronized (this) {
            pending.forEach((s, p) -> work.put(s, new LinkedHashSet<>(p)));
            pending.clear();
            timer = null;
        }
        work.forEach((s, p) -> publish(s, p, false));
    }

    /** Findings of one document as LSP diagnostics (for pull requests too). */
    List<Diagnostic> diagnostics(WorkspaceSession session, WorkspaceIndex index, HandoffDocument doc) {
        return diagnostics(session, index, doc, session.ready());
    }

    private List<Diagnostic> diagnostics(WorkspaceSession session, WorkspaceIndex index, HandoffDocument doc,
            boolean ready) {
        List<Diagnostic> out = new ArrayList<>();
        Map<Code, Severity> project = index.configFor(doc.path()).severity();
        ClientSettings s = settings.get();
        for (Finding f : session.baseline().filter(checker.checkDocument(index, doc), index).findings()) {
            if (!ready && needFullIndex.contains(f.code())) {
                continue;
            }
            Severity override = project.containsKey(f.code()) ? null : s.severity().get(f.code());
            if (override == Severity.OFF) {
                continue;
            }
            Finding shown = override == null ? f
                    : f.withSeverity(override);
            out.add(Convert.diagnostic(shown, session::uriOf));
        }
        return out;
    }

    private void publish(WorkspaceSession session, Collection<String> paths, boolean force) {
        WorkspaceSession.Snapshot snapshot = session.snapshot();
        if (!snapshot.walked()) {
            return; // nothing is known about the folder yet: existence rules would be wrong
        }
        WorkspaceIndex index = snapshot.index();
        for (String path : paths) {
            try {
                Optional<HandoffDocument> doc = index.document(path);
                Optional<OpenDocument> open = session.openDocument(path);
                if (open.isPresent() && (doc.isEmpty() || !open.get().text().equals(doc.get().text().text()))) {
                    continue; // stale: a newer version is queued
                }
                List<Diagnostic> diagnostics = doc.map(d -> diagnostics(session, index, d, snapshot.ready()))
                        .orElse(List.of());
                String uri = session.uriOf(path);
                List<Diagnostic> previous = published.get(uri);
                if (!force && diagnostics.equals(previous) || previous == null && diagnostics.isEmpty() && open.isEmpty()) {
                    continue;
                }
                published.put(uri, diagnostics);
                PublishDiagnosticsParams params = new PublishDiagnosticsParams(uri, diagnostics);
                open.ifPresent(o -> params.setVersion(o.version()));
                LanguageClient c = client.get();
                if (c != null) {
                    c.publishDiagnostics(params);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "diagnostics failed for " + path, e);
            }
        }
    }

    /** HL001 in each {@code .handoff.yaml}: unknown keys and wrong types at their position. */
    void publishConfigs(WorkspaceSession session) {
        executor.execute(() -> {
            for (var config : session.index().configs().all()) {
                if (config.path() == null) {
                    continue;
                }
                String uri = session.uriOf(config.path());
                List<Diagnostic> diagnostics = checker.workspaceFindings(session.index(), p -> p.equals(config.path()))
                        .stream().map(f -> Convert.diagnostic(f, session::uriOf)).toList();
                List<Diagnostic> previous = published.get(uri);
                if (diagnostics.equals(previous) || previous == null && diagnostics.isEmpty()) {
                    continue;
                }
                published.put(uri, diagnostics);
                LanguageClient c = client.get();
                if (c != null) {
                    c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
                }
            }
        });
    }

    /** Every document of a session, after indexing: publish what there is, clear what is gone. */
    void publishAll(WorkspaceSession session) {
        publishConfigs(session);
        Set<String> paths = new LinkedHashSet<>(session.index().documents().keySet());
        String prefix = session.rootUri();
        published.keySet().stream().filter(u -> u.startsWith(prefix))
                .map(session::relativePath).flatMap(Optional::stream).forEach(paths::add);
        executor.execute(() -> publish(session, paths, false));
    }

    void forget(String uri) {
        published.remove(uri);
    }
}
