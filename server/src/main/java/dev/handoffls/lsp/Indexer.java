package dev.handoffls.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code handoff-indexer} thread: whole-folder reads (the first index, the rescan after a
 * {@code .handoff.yaml} change). It owns no session state: each {@link FolderScan} is posted to the
 * session executor with the configuration generation it was read under, and lands only if still current.
 */
final class Indexer {
    private static final Logger LOG = Logger.getLogger(Indexer.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "handoff-indexer");
        t.setDaemon(true);
        return t;
    });
    private static final long FIRST_CHECKS_WAIT_MILLIS = 2_000;
    private final DiagnosticsScheduler diagnostics;
    private final CompletableFuture<Void> indexed = new CompletableFuture<>();
    /** Test seam: runs on the indexer thread after a full index (first or rescan) is built, before it is posted. */
    private volatile Runnable beforeIndexPosted = () -> {};
    /** Test seam: runs on the indexer thread before the first walk begins. */
    private volatile Runnable beforeWalk = () -> {};

    Indexer(DiagnosticsScheduler diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Starts the first index of every folder; {@code failed} reports a failure to the user. */
    void indexAll(List<WorkspaceSession> sessions, Progress progress, Consumer<String> failed) {
        executor.execute(() -> indexNow(sessions, progress, failed));
    }

    /**
     * A fast walk of each folder so open documents are checked early, then every document parsed. A
     * {@code .handoff.yaml} change meanwhile makes the result stale: it is dropped and the rescan's lands.
     */
    private void indexNow(List<WorkspaceSession> sessions, Progress progress, Consumer<String> failed) {
        List<CompletableFuture<Void>> posted = new ArrayList<>();
        try {
            List<FolderScan> boots = new ArrayList<>();
            List<CompletableFuture<Void>> firstChecks = new ArrayList<>();
            beforeWalk.run();
            for (WorkspaceSession s : sessions) {
                FolderScan boot = FolderScan.bootstrap(s.root(), s.generation());
                boots.add(boot);
                firstChecks.add(s.enqueue(() -> {
                            if (s.apply(boot)) {
                                diagnostics.checkNow(s, s.openPaths());
                            }
                        })
                        .thenCompose(v -> diagnostics.idle()));
            }
            awaitFirstChecks(firstChecks);
            progress.begin("Indexing handoff documents");
            for (int i = 0; i < sessions.size(); i++) {
                FolderScan full = boots.get(i).parseAll(progress::report, progress::total);
                beforeIndexPosted.run();
                posted.add(post(sessions.get(i), full));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "indexing failed", e);
            failed.accept("handoff-ls: indexing failed: " + e.getMessage());
        } finally {
            progress.end();
            CompletableFuture.allOf(posted.toArray(CompletableFuture[]::new))
                    .whenComplete((v, e) -> indexed.complete(null));
        }
    }

    /**
     * The open documents' first checks (a cold parse and check) go out before the parse of every document
     * competes with them for the cores; bounded, so that a slow check holds the index back only briefly.
     */
    private static void awaitFirstChecks(List<CompletableFuture<Void>> checks) {
        try {
            CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new))
                    .get(FIRST_CHECKS_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.fine("indexing without waiting longer for the open documents' first checks");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** On the session executor: land a full scan if still current, then publish every document's diagnostics. */
    private CompletableFuture<Void> post(WorkspaceSession s, FolderScan full) {
        return s.enqueue(() -> {
            if (s.apply(full)) {
                diagnostics.publishAll(s);
            }
        });
    }

    /** {@code .handoff.yaml} changed (asked on the session executor): read it and scan again, here. */
    void rescan(WorkspaceSession s, long generation) {
        try {
            executor.execute(() -> {
                try {
                    FolderScan scan = FolderScan.rescan(s.root(), generation);
                    beforeIndexPosted.run();
                    post(s, scan);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "re-reading the configuration failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.fine("indexer stopped; no rescan");
        }
    }

    /**
     * Completes when the first index of every folder has been posted and applied; if a {@code .handoff.yaml}
     * changed meanwhile, that index was dropped and the rescan's follows.
     */
    CompletableFuture<Void> indexed() {
        return indexed;
    }

    /** Test seam: {@code hook} runs on the indexer thread between building a full index and posting it. */
    void beforeIndexPosted(Runnable hook) {
        beforeIndexPosted = hook;
    }

    /** Test seam: {@code hook} runs on the indexer thread before the first walk (open documents are checked meanwhile). */
    void beforeWalk(Runnable hook) {
        beforeWalk = hook;
    }

    /** Completes when the work queued here so far has run (and posted its results). */
    CompletableFuture<Void> idle() {
        try {
            return CompletableFuture.runAsync(() -> {}, executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null);
        }
    }

    void shutdown() {
        executor.shutdownNow();
    }
}
