package dev.handoffls.lsp;

import static dev.handoffls.lsp.RecordingClient.codes;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One owner for session state (issue 9 item 3): the session executor applies updates in order, a stale
 * index never replaces a newer one, bursts coalesce, and made-up content is refused (issue 13 defect 13).
 * The JSON-RPC message thread only records text and enqueues (issue 13 defect 10): a burst of changes to a
 * large L2 is parsed a few times, not once per change, and a rescan of a large folder holds no request back.
 * Timing is controlled with latches, counters and generous waits for a condition, never with duration
 * assertions.
 */
class SessionOwnershipProtocolTest {
    private static final String L2 = ProtocolBehaviourTest.L2;
    private static final String TEXT = ProtocolBehaviourTest.TEXT;
    private static final String OTHER = ".agent/teams/beta/phase-2/coordinator/L2-summary.md";
    private static final int LINES = 5_000;
    private static final int CHANGES = 1_000;

    @TempDir
    Path tmp;

    private LspConnection lsp;

    @AfterEach
    void close() throws Exception {
        if (lsp != null) {
            lsp.close();
        }
    }

    @Test
    void aHandoffYamlChangeDuringTheFirstIndexingWins() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        // The first index exists, read with the old (default) configuration, and is not posted yet.
        String uri = startedWithTheIndexerHeld(release);

        Files.writeString(tmp.resolve(".handoff.yaml"), "severity: {HL206: off}\n");
        lsp.watched(new FileEvent(LspConnection.uri(tmp, ".handoff.yaml"), FileChangeType.Created));
        lsp.open(uri, 1, TEXT);
        release.countDown();
        lsp.impl.indexed().get(30, TimeUnit.SECONDS);
        lsp.settle();

        assertThat(pulledCodes(uri)).doesNotContain("HL206");
        List<PublishDiagnosticsParams> published = lsp.client.diagnosticsFor(uri);
        assertThat(published).isNotEmpty();
        assertThat(codes(published.get(published.size() - 1))).doesNotContain("HL206");
    }

    @Test
    void requestsAreAnsweredWhileTheIndexerIsBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try {
            String uri = startedWithTheIndexerHeld(release);
            lsp.open(uri, 1, TEXT);
            Hover hover = lsp.server
                    .getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(4, 4)))
                    .get(30, TimeUnit.SECONDS);
            assertThat(hover.getContents().getRight().getValue()).contains("AD-1");
            assertThat(lsp.impl.indexed()).isNotDone();
        } finally {
            release.countDown();
        }
    }

    @Test
    void aChangeToADocumentThatIsNotOpenIsIgnored() throws Exception {
        String uri = started();
        // Applied to "" this would make a document of one line: a false HL101, and the disk's text hidden.
        lsp.change(uri, 2, new Range(new Position(0, 0), new Position(0, 0)), "Typed somewhere.");
        lsp.settle();

        assertThat(pulledCodes(uri)).doesNotContain("HL101").contains("HL206");
        assertThat(lsp.client.diagnosticsFor(uri))
                .allSatisfy(p -> assertThat(codes(p)).doesNotContain("HL101"));
        Hover hover = lsp.server
                .getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(4, 4)))
                .get(30, TimeUnit.SECONDS);
        assertThat(hover.getContents().getRight().getValue()).contains("Event-driven pattern");
    }

    @Test
    void aBurstOfChangesIsParsedOnceAtTheLatestVersion() throws Exception {
        String uri = started();
        lsp.server
                .getWorkspaceService()
                .didChangeConfiguration(
                        new DidChangeConfigurationParams(JsonParser.parseString("{\"handoff\": {\"debounce\": 0}}")));
        lsp.open(uri, 1, TEXT);
        lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(1).equals(d.getVersion()), 10_000);

        // Keep the session executor busy while the editor sends a burst: the message thread only records it.
        WorkspaceSession session = lsp.impl.sessions().get(0);
        CountDownLatch release = new CountDownLatch(1);
        session.enqueue(() -> await(release));
        for (int v = 2; v <= 6; v++) {
            // Each version adds one more duplicate of AD-1, so each would publish something different.
            lsp.change(
                    uri,
                    v,
                    new Range(new Position(5, 36), new Position(5, 36)),
                    "\n- [AD-" + (v + 2) + "] More.\n- [AD-1] Again.");
        }
        var hover = lsp.server
                .getTextDocumentService()
                .hover(new HoverParams(
                        new TextDocumentIdentifier(uri),
                        new Position(6, 4))); // each insertion lands right after AD-3: the newest, AD-8, first
        awaitEditorVersion(session, 6);
        release.countDown();

        assertThat(hover.get(30, TimeUnit.SECONDS).getContents().getRight().getValue())
                .contains("AD-8");
        lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(6).equals(d.getVersion()), 10_000);
        lsp.settle();
        // With no debounce every parsed version could be published: only the latest ever was in a snapshot.
        assertThat(lsp.client.diagnosticsFor(uri))
                .extracting(PublishDiagnosticsParams::getVersion)
                .doesNotContain(2, 3, 4, 5);
    }

    @Test
    void aBurstOfChangesToALargeL2DoesNotHoldBackAHoverOnAnotherFile() throws Exception {
        TestWorkspace.in(tmp).file(L2, largeL2()).file(OTHER, ProtocolBehaviourTest.TEXT);
        lsp = new LspConnection();
        lsp.start(tmp);
        String uri = LspConnection.uri(tmp, L2);
        lsp.open(uri, 1, largeL2());
        lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(1).equals(d.getVersion()), 30_000);
        WorkspaceSession session = lsp.impl.sessions().get(0);
        int parsedBefore = session.editorParses();

        for (int v = 2; v <= CHANGES + 1; v++) {
            // Each change types one more character at the start of the first decision's statement.
            lsp.change(uri, v, new Range(new Position(5, 9), new Position(5, 9)), "x");
        }
        Hover hover = lsp.server
                .getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(LspConnection.uri(tmp, OTHER)), new Position(4, 4)))
                .get(60, TimeUnit.SECONDS);

        assertThat(hover.getContents().getRight().getValue()).contains("AD-1");
        // Coalesced: each parse takes the editor's latest text, however many changes arrived meanwhile.
        assertThat(session.editorParses() - parsedBefore).isBetween(1, CHANGES / 10);
        lsp.settle();
        OpenDocument latest = session.openDocument(L2).orElseThrow();
        assertThat(latest.version()).isEqualTo(CHANGES + 1);
        assertThat(session.index().document(L2).orElseThrow().text().lineText(5))
                .isEqualTo("- [AD-1] " + "x".repeat(CHANGES) + "Decision 1.");
    }

    @Test
    void aHoverRightAfterAHandoffYamlChangeIsAnsweredBeforeTheRescanLands() throws Exception {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, ProtocolBehaviourTest.TEXT);
        for (int i = 0; i < 2_000; i++) {
            ws.file("notes/n" + (i % 30) + "/note-" + i + ".md", "# Note " + i + "\n\nSee `src/app-" + i + ".py`.\n");
        }
        lsp = new LspConnection();
        lsp.start(tmp);
        String uri = LspConnection.uri(tmp, L2);
        CountDownLatch rescanBuilt = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        lsp.impl.beforeIndexPosted(() -> {
            rescanBuilt.countDown();
            await(release);
        });
        try {
            Files.writeString(tmp.resolve(".handoff.yaml"), "severity: {HL206: off}\n");
            lsp.watched(new FileEvent(LspConnection.uri(tmp, ".handoff.yaml"), FileChangeType.Changed));
            Hover hover = lsp.server
                    .getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(4, 4)))
                    .get(30, TimeUnit.SECONDS);

            assertThat(hover.getContents().getRight().getValue()).contains("AD-1");
            // Answered on the index before the change: the rescan was read and is held, so it has not landed.
            await(rescanBuilt);
            assertThat(pulledCodes(uri)).contains("HL206");
        } finally {
            release.countDown();
        }
        lsp.settle();
        assertThat(pulledCodes(uri)).doesNotContain("HL206");
    }

    @Test
    void requestsDoNotQueueBehindWorkInTheCommonForkJoinPool() throws Exception {
        TestWorkspace.in(tmp).file(L2, ProtocolBehaviourTest.TEXT);
        lsp = new LspConnection();
        lsp.start(tmp);
        String uri = LspConnection.uri(tmp, L2);
        // A scan parses in parallel streams, which run in the common pool: here every worker is busy.
        CountDownLatch release = new CountDownLatch(1);
        int workers = ForkJoinPool.commonPool().getParallelism();
        List<CompletableFuture<Void>> busy = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < workers; i++) {
                busy.add(CompletableFuture.runAsync(() -> await(release), ForkJoinPool.commonPool()));
            }
            Hover hover = lsp.server
                    .getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(4, 4)))
                    .get(30, TimeUnit.SECONDS);
            assertThat(hover.getContents().getRight().getValue()).contains("AD-1");
        } finally {
            release.countDown();
        }
        CompletableFuture.allOf(busy.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    }

    /** An L2 of {@value #LINES} lines: the Downstream Handoff's decisions, one per line. */
    private static String largeL2() {
        StringBuilder sb = new StringBuilder("# Phase 3 summary\n\n## Downstream Handoff\n");
        sb.append("### Decisions Made (Forward-binding)\n\n");
        for (int i = 1; i <= LINES - 5; i++) {
            sb.append("- [AD-").append(i).append("] Decision ").append(i).append(".\n");
        }
        return sb.toString();
    }

    /** A server on a folder with the L2 whose indexer built the first index and waits for {@code release}. */
    private String startedWithTheIndexerHeld(CountDownLatch release) throws Exception {
        TestWorkspace.in(tmp).file(L2, TEXT);
        lsp = new LspConnection();
        CountDownLatch built = new CountDownLatch(1);
        lsp.impl.beforeIndexPosted(() -> {
            built.countDown();
            await(release);
        });
        lsp.startIndexing(tmp);
        await(built);
        return LspConnection.uri(tmp, L2);
    }

    /** A server on a folder with the L2, its first index built; returns the L2's URI. */
    private String started() throws Exception {
        TestWorkspace.in(tmp).file(L2, TEXT);
        lsp = new LspConnection();
        lsp.start(tmp);
        return LspConnection.uri(tmp, L2);
    }

    /** The codes a {@code textDocument/diagnostic} request answers for {@code uri}. */
    private List<String> pulledCodes(String uri) throws Exception {
        var report = lsp.server
                .getTextDocumentService()
                .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri)))
                .get(30, TimeUnit.SECONDS);
        return report.getLeft().getItems().stream()
                .map(d -> d.getCode().getLeft())
                .toList();
    }

    /** Waits (generously) until the message thread has recorded the editor's version {@code v}. */
    private static void awaitEditorVersion(WorkspaceSession session, int v) throws InterruptedException {
        String path = L2;
        for (int i = 0; i < 3000; i++) {
            if (session.editorDocument(path).map(d -> d.version() == v).orElse(false)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the editor's version " + v + " was never recorded");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
