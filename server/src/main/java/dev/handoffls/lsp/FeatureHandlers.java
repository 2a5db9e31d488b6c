package dev.handoffls.lsp;

import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Shared request plumbing: find the session and the snapshot, run the engine off the message thread,
 * honour {@code $/cancelRequest}, answer "content modified" when the document changed meanwhile, and
 * contain failures (a bug in one feature degrades that answer, never the connection).
 */
abstract class FeatureHandlers {
    private static final Logger LOG = Logger.getLogger(FeatureHandlers.class.getName());

    protected final HandoffLanguageServer server;

    FeatureHandlers(HandoffLanguageServer server) {
        this.server = server;
    }

    interface Request<T> {
        T apply(WorkspaceSession session, WorkspaceIndex index, HandoffDocument doc);
    }

    /**
     * Runs {@code request} on the snapshot that holds {@code uri}; {@code fallback} for unknown documents.
     * Called on the message thread, it only takes a ticket ({@link WorkspaceSession#caughtUp()}): the work
     * runs in the pool once the session executor has applied every change sent before the request, so a
     * request sent right after a didChange sees the changed text, and never waits for later changes.
     */
    protected <T> CompletableFuture<T> compute(String uri, Request<T> request, Supplier<T> fallback) {
        WorkspaceSession s = server.sessionFor(uri);
        CompletableFuture<Void> caughtUp = s == null ? CompletableFuture.completedFuture(null) : s.caughtUp();
        return CompletableFutures.computeAsync(server.requests(), cancel -> {
            if (s == null) {
                return fallback.get();
            }
            await(caughtUp, cancel);
            String path = s.relativePath(uri).orElse(null);
            WorkspaceIndex index = s.index();
            HandoffDocument doc = path == null ? null : index.document(path).orElse(null);
            if (doc == null) {
                return fallback.get();
            }
            cancel.checkCanceled();
            T result;
            try {
                result = request.apply(s, index, doc);
            } catch (CancellationException | ResponseErrorException e) {
                // Cancellation and deliberate refusals reach the client; bugs are contained below.
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                LOG.log(Level.SEVERE, "request failed on " + path, e);
                return fallback.get();
            }
            cancel.checkCanceled();
            String text = doc.text().text();
            if (s.editorDocument(path)
                    .map(o -> o.text() != text && !o.text().equals(text))
                    .orElse(false)) {
                throw new ResponseErrorException(new ResponseError(
                        ResponseErrorCode.ContentModified, "the document changed while the request ran", null));
            }
            return result;
        });
    }

    /** Waits for the session executor to catch up, honouring {@code $/cancelRequest} meanwhile. */
    private static void await(CompletableFuture<?> caughtUp, CancelChecker cancel) {
        while (true) {
            cancel.checkCanceled();
            try {
                caughtUp.get(50, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // not yet: check for cancellation and wait again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            } catch (ExecutionException e) {
                return; // the update failed and was logged; answer on what there is
            }
        }
    }

    private static CompletableFuture<Void> caughtUp(List<WorkspaceSession> sessions) {
        return CompletableFuture.allOf(
                sessions.stream().map(WorkspaceSession::caughtUp).toArray(CompletableFuture[]::new));
    }

    /** Workspace-wide requests (no document). */
    protected <T> CompletableFuture<T> computeWorkspace(
            java.util.function.Function<java.util.List<WorkspaceSession>, T> request, Supplier<T> fallback) {
        CompletableFuture<Void> caughtUp = caughtUp(server.sessions());
        return CompletableFutures.computeAsync(server.requests(), cancel -> {
            await(caughtUp, cancel);
            try {
                return request.apply(server.sessions());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "workspace request failed", e);
                return fallback.get();
            }
        });
    }
}
