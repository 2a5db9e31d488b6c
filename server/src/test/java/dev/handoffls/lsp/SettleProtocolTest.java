package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The race behind docs/reliability.md's one failure of {@code TextSyncPropertyTest}: once the server had
 * written its last publication, {@link LspConnection#settle()} returned, and the test read the client's
 * record before the client's reader thread had handed that publication over, so the last one recorded
 * belonged to an earlier text. A slow client makes the window wide.
 */
class SettleProtocolTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";

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
    void settleReturnsOnlyOnceTheClientHasRecordedTheLastPublication() throws Exception {
        TestWorkspace.in(tmp).file(L2, "# Phase 3\n");
        lsp = new LspConnection();
        lsp.start(tmp);
        String uri = LspConnection.uri(tmp, L2);
        lsp.open(uri, 1, "# Phase 3\n");
        lsp.settle();
        // The change's publication comes after the debounce, so after settle()'s first request is answered.
        lsp.client.beforeRecording = p -> {
            if (p.getUri().equals(uri) && Integer.valueOf(2).equals(p.getVersion())) {
                slowClient();
            }
        };
        lsp.change(uri, 2, new Range(new Position(0, 0), new Position(1, 0)), "## Downstream Handoff\n");

        lsp.settle();

        List<PublishDiagnosticsParams> published = lsp.client.diagnosticsFor(uri);
        assertThat(published.get(published.size() - 1).getVersion()).isEqualTo(2);
    }

    /** A client busy elsewhere: its reader thread hands the publication over a moment later. */
    private static void slowClient() {
        try {
            TimeUnit.MILLISECONDS.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
