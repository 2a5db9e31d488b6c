package dev.handoffls.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A language client that records what the server sends, for protocol tests (lemminx MockXMLLanguageClient). */
public class RecordingClient implements LanguageClient {
    public final List<PublishDiagnosticsParams> diagnostics = new CopyOnWriteArrayList<>();
    public final List<MessageParams> logs = new CopyOnWriteArrayList<>();
    public final List<ProgressParams> progress = new CopyOnWriteArrayList<>();
    public final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
    public volatile Object configuration;
    /** How often the server asked for {@link #configuration}. */
    public final java.util.concurrent.atomic.AtomicInteger configurationRequests =
            new java.util.concurrent.atomic.AtomicInteger();

    public final List<org.eclipse.lsp4j.ApplyWorkspaceEditParams> appliedEdits = new CopyOnWriteArrayList<>();
    /** Test seam: runs on the client's message thread before a publication is recorded (a slow client). */
    public volatile java.util.function.Consumer<PublishDiagnosticsParams> beforeRecording = p -> {};

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        beforeRecording.accept(params);
        diagnostics.add(params);
        synchronized (this) {
            notifyAll();
        }
    }

    @Override
    public void showMessage(MessageParams params) {
        logs.add(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
        logs.add(params);
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(ProgressParams params) {
        progress.add(params);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registrations.add(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        configurationRequests.incrementAndGet();
        List<Object> out = new ArrayList<>();
        params.getItems().forEach(i -> out.add(configuration));
        return CompletableFuture.completedFuture(out);
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.ApplyWorkspaceEditResponse> applyEdit(
            org.eclipse.lsp4j.ApplyWorkspaceEditParams params) {
        appliedEdits.add(params);
        synchronized (this) {
            notifyAll();
        }
        return CompletableFuture.completedFuture(new org.eclipse.lsp4j.ApplyWorkspaceEditResponse(true));
    }

    /** Diagnostics published for a URI, in order. */
    public List<PublishDiagnosticsParams> diagnosticsFor(String uri) {
        return diagnostics.stream().filter(d -> d.getUri().equals(uri)).toList();
    }

    /** Waits (up to the timeout) for the newest publication for {@code uri} to satisfy {@code test}. */
    public PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> test, long millis)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (this) {
            while (true) {
                List<PublishDiagnosticsParams> mine = diagnosticsFor(uri);
                if (!mine.isEmpty() && test.test(mine.get(mine.size() - 1))) {
                    return mine.get(mine.size() - 1);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no matching diagnostics for " + uri + " within " + millis + " ms; got "
                            + mine.stream()
                                    .map(p -> p.getVersion() + ":" + codes(p))
                                    .toList());
                }
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    public static List<String> codes(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream()
                .map(d -> d.getCode().getLeft())
                .sorted()
                .toList();
    }
}
