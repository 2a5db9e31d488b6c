package dev.handoffls.lsp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one thread that owns every {@link WorkspaceSession}'s mutable state (thread {@code handoff-session}).
 * The JSON-RPC message thread and the indexer only enqueue work here; requests wait for {@link #caughtUp()}
 * and then read the session's immutable snapshot. Tasks run in the order they were enqueued.
 */
final class SessionExecutor {
    private static final Logger LOG = Logger.getLogger(SessionExecutor.class.getName());
    static final String THREAD_NAME = "handoff-session";

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, THREAD_NAME);
        t.setDaemon(true);
        return t;
    });
    private volatile Thread owner;
    /** Tasks enqueued and not finished: when none is, a request needs no ticket (no hop to this thread). */
    private final AtomicInteger unfinished = new AtomicInteger();

    /** Runs {@code task} on the session thread after everything enqueued before it; failures are logged. */
    CompletableFuture<Void> submit(Runnable task) {
        unfinished.incrementAndGet();
        try {
            return CompletableFuture.runAsync(
                    () -> {
                        owner = Thread.currentThread();
                        try {
                            task.run();
                        } catch (RuntimeException e) {
                            LOG.log(Level.SEVERE, "session update failed", e);
                        } finally {
                            unfinished.decrementAndGet();
                        }
                    },
                    executor);
        } catch (RejectedExecutionException e) {
            unfinished.decrementAndGet();
            LOG.fine("session executor stopped; dropping an update");
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Completes once everything enqueued so far has been applied: a request's consistent view. */
    CompletableFuture<Void> caughtUp() {
        return unfinished.get() == 0 ? CompletableFuture.completedFuture(null) : submit(() -> {});
    }

    /** Guards the mutators: state owned by the session executor is written on its thread only. */
    void checkOwner() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("session state written outside " + THREAD_NAME + ": "
                    + Thread.currentThread().getName());
        }
    }

    void shutdown() {
        executor.shutdownNow();
    }
}
