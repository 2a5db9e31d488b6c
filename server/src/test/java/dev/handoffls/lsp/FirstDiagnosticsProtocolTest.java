package dev.handoffls.lsp;

import static dev.handoffls.lsp.RecordingClient.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.rules.Checker;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: an open document's first diagnostics do not wait for the folder walk or the index. Before the
 * walk it shows what its own text proves (under the real {@code .handoff.yaml}); after the walk, what the
 * files on disk prove too; when indexing ends, everything a fresh check says — replacing, never adding.
 * Nothing shown early is something the index could prove false (an ID defined elsewhere, a file that exists).
 */
class FirstDiagnosticsProtocolTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";
    /**
     * HL102 (no Artifacts Produced) is the document's alone; HL301 (AD-77 undefined) and HL302 need the
     * scope; HL305 (a done task's output missing) needs the walk. AD-1 is defined in the PT and
     * {@code services/app.py} exists: without the index both would look missing.
     */
    private static final String TEXT = """
            # Phase 3 summary

            Builds on AD-1; see AD-77.

            - [x] Create `services/app.py`
            - [x] Create `services/missing.py`

            ## Downstream Handoff
            PT-synced: ✅ 2026-02-11

            ### Decisions Made (Forward-binding)
            - [AD-2] Event-driven pattern for the checkout module.
            ### Risks Identified (Must-Track)
            - [R-1] Webhook retries can double-charge.
            ### Interface Contracts (Must-Satisfy)
            - None
            ### Constraints (Must-Enforce)
            - None
            ### Open Questions (Requires Resolution)
            - None
            """;

    @TempDir
    Path tmp;

    private LspConnection lsp;

    @AfterEach
    void close() throws Exception {
        if (lsp != null) {
            lsp.close();
        }
    }

    private String workspace() {
        TestWorkspace.in(tmp)
                .file(".handoff.yaml", "severity: {HL102: error}\n")
                .file(PT, "# PERMANENT Task — alpha\n\n## Architecture Decisions\n- [AD-1] Events.\n")
                .file("services/app.py", "print('hi')\n")
                .file(L2, TEXT);
        return LspConnection.uri(tmp, L2);
    }

    @Test
    void beforeTheWalkTheOpenDocumentShowsWhatItsTextAloneProves() throws Exception {
        String uri = workspace();
        lsp = new LspConnection();
        CountDownLatch release = new CountDownLatch(1);
        lsp.impl.beforeWalk(() -> await(release));
        try {
            lsp.startIndexing(tmp);
            lsp.open(uri, 1, TEXT);

            PublishDiagnosticsParams first = lsp.client.awaitDiagnostics(uri, p -> true, 30_000);

            assertThat(FreshCheck.shown(first.getDiagnostics())).isEqualTo(knownWith(Set.of(), uri));
            assertThat(codes(first)).containsExactly("HL102");
            // Read from .handoff.yaml before the walk: HL102 is configured as an error.
            assertThat(first.getDiagnostics().get(0).getSeverity()).isEqualTo(DiagnosticSeverity.Error);
            assertThat(first.getVersion()).isEqualTo(1);
            assertThat(lsp.client.diagnostics).allMatch(p -> p.getUri().equals(uri));
        } finally {
            release.countDown();
        }
        assertTheFullSetReplacesWhatWasShown(uri);
    }

    @Test
    void afterTheWalkWhatTheFilesOnDiskProveJoinsBeforeTheIndexEnds() throws Exception {
        String uri = workspace();
        lsp = new LspConnection();
        CountDownLatch built = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        lsp.impl.beforeIndexPosted(() -> {
            built.countDown();
            await(release);
        });
        try {
            lsp.startIndexing(tmp);
            lsp.open(uri, 1, TEXT);
            await(built); // the walk was posted before the index was built

            PublishDiagnosticsParams walked = lsp.client.awaitDiagnostics(uri, p -> codes(p).contains("HL305"), 30_000);

            assertThat(FreshCheck.shown(walked.getDiagnostics())).isEqualTo(knownWith(Fact.knownFromWalk(), uri));
            assertThat(codes(walked)).containsExactly("HL102", "HL305");
        } finally {
            release.countDown();
        }
        assertTheFullSetReplacesWhatWasShown(uri);
    }

    /** When indexing ends the last publication is a fresh check's, whole: the scope's findings join. */
    private void assertTheFullSetReplacesWhatWasShown(String uri) throws Exception {
        lsp.impl.indexed().get(30, TimeUnit.SECONDS);
        lsp.settle();
        List<PublishDiagnosticsParams> published = lsp.client.diagnosticsFor(uri);
        PublishDiagnosticsParams last = published.get(published.size() - 1);
        assertThat(FreshCheck.shown(last.getDiagnostics()))
                .isEqualTo(FreshCheck.shown(FreshCheck.of(tmp, L2, TEXT, uri)));
        assertThat(codes(last)).contains("HL102", "HL301", "HL305").doesNotContain("HL303");
    }

    /** A fresh check's diagnostics of the L2 from the rules that read only {@code known} facts. */
    private List<String> knownWith(Set<Fact> known, String uri) {
        Set<Code> held = Checker.standard().heldBack(known);
        List<Diagnostic> all = FreshCheck.of(tmp, L2, TEXT, uri);
        return FreshCheck.shown(all.stream()
                .filter(d -> !held.contains(Code.valueOf(d.getCode().getLeft())))
                .toList());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("not released within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
