package dev.handoffls.lsp;

import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
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

    /** Runs {@code request} on the snapshot that holds {@code uri}; {@code fallback} for unknown documents. */
    protected <T> CompletableFuture<T> compute(String uri, Request<T> request, Supplier<T> fallback) {
        return CompletableFutures.computeAsync(cancel -> {
            WorkspaceSession s = server.sessionFor(uri);
            if (s == null) {
                return fallback.get();
            }
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
            if (s.index().document(path).map(d -> d != doc).orElse(true)
                    && s.openDocument(path).map(o -> !o.text().equals(doc.text().text())).orElse(false)) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.ContentModified,
                        "the document changed while the request ran", null));
            }
            return result;
        });
    }

    /** Workspace-wide requests (no document). */
    protected <T> CompletableFuture<T> computeWorkspace(java.util.function.Function<java.util.List<WorkspaceSession>, T> request,
            Supplier<T> fallback) {
        return CompletableFutures.computeAsync(cancel -> {
            try {
                return request.apply(server.sessions());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "workspace request failed", e);
                return fallback.get();
            }
        });
    }
}
