package dev.handoffls.lsp;

import static dev.handoffls.lsp.RecordingClient.codes;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics as an editor sees them, through a real JSON-RPC connection. */
class DiagnosticsProtocolTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String DIRECTIVE = ".agent/teams/alpha/phase-4/directive.md";
    private static final String L2_TEXT = """
            # Phase 3 summary

            ## Downstream Handoff
            PT-synced: ✅ 2026-02-11

            ### Decisions Made (Forward-binding)
            - [AD-1] Event-driven pattern for the checkout module.
            ### Risks Identified (Must-Track)
            - [R-1] Webhook retries can double-charge.
            ### Interface Contracts (Must-Satisfy)
            - None
            ### Constraints (Must-Enforce)
            - None
            ### Open Questions (Requires Resolution)
            - None
            ### Artifacts Produced
            - None
            """;
    private static final String DIRECTIVE_TEXT = """
            ## Directive for Phase 4 Planning Coordinator

            ### Context Source
            Respect AD-1 and track R-1.
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

    private TestWorkspace workspace() {
        return TestWorkspace.in(tmp).file(L2, L2_TEXT).file(DIRECTIVE, DIRECTIVE_TEXT);
    }

    @Test
    void advertisesIncrementalSyncUtf16AndPullDiagnostics() throws Exception {
        workspace();
        lsp = new LspConnection();
        InitializeResult r = lsp.start(tmp);
        lsp.settle(); // a request's answer comes after the registration and progress messages sent before it
        var sync = r.getCapabilities().getTextDocumentSync().getRight();
        assertThat(sync.getChange()).isEqualTo(TextDocumentSyncKind.Incremental);
        assertThat(r.getCapabilities().getPositionEncoding()).isEqualTo("utf-16");
        assertThat(r.getCapabilities().getDiagnosticProvider().isInterFileDependencies())
                .isTrue();
        assertThat(lsp.client.registrations).hasSize(1);
        assertThat(lsp.client.registrations.get(0).getRegistrations().get(0).getMethod())
                .isEqualTo("workspace/didChangeWatchedFiles");
        // Progress is a notification: it may arrive after initialize's answer.
        for (int i = 0; i < 100 && lsp.client.progress.isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(lsp.client.progress).isNotEmpty();
    }

    @Test
    void anOpenedDocumentGetsDiagnosticsWithItsVersion() throws Exception {
        workspace().file(L2, L2_TEXT.replace("[AD-1]", "[AD1]"));
        lsp = new LspConnection();
        lsp.start(tmp);
        String uri = LspConnection.uri(tmp, L2);
        lsp.open(uri, 7, Files.readString(tmp.resolve(L2)));
        PublishDiagnosticsParams p =
                lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(7).equals(d.getVersion()), 5000);
        Diagnostic d = p.getDiagnostics().stream()
                .filter(x -> x.getCode().getLeft().equals("HL201"))
                .findFirst()
                .orElseThrow();
        assertThat(d.getRange()).isEqualTo(new Range(new Position(6, 3), new Position(6, 6)));
        assertThat(d.getSource()).isEqualTo("handoff");
        assertThat(d.getCodeDescription().getHref()).endsWith("docs/rules.md#hl201-malformed-id");
    }

    @Test
    void typingADuplicateIdShowsHl203AndDeletingItClearsIt() throws Exception {
        workspace();
        lsp = new LspConnection();
        lsp.start(tmp);
        String uri = LspConnection.uri(tmp, L2);
        lsp.open(uri, 1, L2_TEXT);
        lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(1).equals(d.getVersion()), 5000);

        Range endOfAd1 = new Range(new Position(6, 59), new Position(6, 59));
        lsp.change(uri, 2, endOfAd1, "\n- [AD-1] Typed again by mistake.");
        PublishDiagnosticsParams dup =
                lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(2).equals(d.getVersion()), 5000);
        assertThat(codes(dup)).contains("HL203");
        Diagnostic d = dup.getDiagnostics().stream()
                .filter(x -> x.getCode().getLeft().equals("HL203"))
                .findFirst()
                .orElseThrow();
        assertThat(d.getRange()).isEqualTo(new Range(new Position(7, 3), new Position(7, 7)));

        lsp.change(uri, 3, new Range(new Position(6, 59), new Position(7, 32)), "");
        PublishDiagnosticsParams clean =
                lsp.client.awaitDiagnostics(uri, x -> Integer.valueOf(3).equals(x.getVersion()), 5000);
        assertThat(codes(clean)).doesNotContain("HL203");
    }

    @Test
    void renumberingADefinitionMakesAnOpenReferencingFileShowHl301WithoutSaving() throws Exception {
        workspace();
        lsp = new LspConnection();
        lsp.start(tmp);
        String l2 = LspConnection.uri(tmp, L2);
        String directive = LspConnection.uri(tmp, DIRECTIVE);
        lsp.open(l2, 1, L2_TEXT);
        lsp.open(directive, 1, DIRECTIVE_TEXT);
        lsp.client.awaitDiagnostics(directive, d -> codes(d).isEmpty(), 5000);

        // AD-1 becomes AD-2: the pipeline still uses AD in bracketed form, so AD-1 is now dangling.
        lsp.change(l2, 2, new Range(new Position(6, 0), new Position(6, 8)), "- [AD-2]");
        PublishDiagnosticsParams p = lsp.client.awaitDiagnostics(directive, d -> codes(d).contains("HL301"), 5000);
        Diagnostic d = p.getDiagnostics().get(0);
        assertThat(d.getRange()).isEqualTo(new Range(new Position(3, 8), new Position(3, 12)));
        assertThat(Files.readString(tmp.resolve(L2))).isEqualTo(L2_TEXT);

        lsp.change(l2, 3, new Range(new Position(6, 0), new Position(6, 8)), "- [AD-1]");
        lsp.client.awaitDiagnostics(directive, x -> codes(x).isEmpty(), 5000);
    }

    /** Neovim and other clients answer null for a section they do not have; that resets nothing. */
    @Test
    void aNullConfigurationAnswerKeepsTheInitializationOptions() throws Exception {
        workspace();
        lsp = new LspConnection();
        lsp.client.configuration = null; // answered as [null]
        lsp.start(tmp, JsonParser.parseString("{\"handoff\": {\"debounce\": 0}}"));
        lsp.settle();
        assertThat(lsp.client.configurationRequests.get()).isPositive();
        assertThat(lsp.impl.settings().debounceMillis()).isZero();
    }

    @Test
    void rapidChangesAreCoalescedIntoOnePublication() throws Exception {
        workspace();
        lsp = new LspConnection();
        // A debounce far longer than the burst takes, so a busy machine cannot split it; the server
        // may also ask for the settings (workspace/configuration), so the client answers the same.
        lsp.client.configuration = JsonParser.parseString("{\"debounce\": 2000}");
        lsp.start(tmp, JsonParser.parseString("{\"handoff\": {\"debounce\": 2000}}"));
        String uri = LspConnection.uri(tmp, L2);
        lsp.open(uri, 1, L2_TEXT);
        lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(1).equals(d.getVersion()), 5000);
        for (int v = 2; v <= 6; v++) {
            // Each version adds one more duplicate of R-1, so each would publish something different.
            lsp.change(uri, v, new Range(new Position(8, 42), new Position(8, 42)), "\n- [R-1] Again.");
        }
        PublishDiagnosticsParams last =
                lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(6).equals(d.getVersion()), 10000);
        assertThat(codes(last)).containsExactly("HL203", "HL203", "HL203", "HL203", "HL203");
        lsp.settle(); // nothing else pending: no later publication can come
        List<Integer> versions = lsp.client.diagnosticsFor(uri).stream()
                .map(PublishDiagnosticsParams::getVersion)
                .toList();
        assertThat(versions).doesNotContain(2, 3, 4, 5);
    }

    @Test
    void creatingTheFileATaskNamesClearsHl304AfterTheWatchedFileEvent() throws Exception {
        String ticket = "handoffs/handoff-worker-deploy-20260220.md";
        TestWorkspace.in(tmp).file(ticket, """
                # Deploy the worker
                **ID**: handoff-worker-deploy-20260220
                **Status**: open
                **Assigned to**: russell

                - [ ] Deploy services/worker.py to Render
                """).dir("services");
        lsp = new LspConnection();
        lsp.start(tmp);
        String uri = LspConnection.uri(tmp, ticket);
        lsp.open(uri, 1, Files.readString(tmp.resolve(ticket)));
        lsp.client.awaitDiagnostics(uri, d -> codes(d).contains("HL304"), 5000);

        Files.writeString(tmp.resolve("services/worker.py"), "print('ok')\n");
        lsp.server
                .getWorkspaceService()
                .didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                        List.of(new FileEvent(LspConnection.uri(tmp, "services/worker.py"), FileChangeType.Created))));
        lsp.client.awaitDiagnostics(uri, d -> !codes(d).contains("HL304"), 5000);
    }

    @Test
    void pullDiagnosticsAnswerForKnownAndUnknownDocuments() throws Exception {
        workspace().file(L2, L2_TEXT.replace("[AD-1]", "[AD1]"));
        lsp = new LspConnection();
        lsp.start(tmp);
        var report = lsp.server
                .getTextDocumentService()
                .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(LspConnection.uri(tmp, L2))))
                .get(5, TimeUnit.SECONDS);
        assertThat(report.getLeft().getItems())
                .extracting(d -> d.getCode().getLeft())
                .contains("HL201");
        var unknown = lsp.server
                .getTextDocumentService()
                .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(LspConnection.uri(tmp, "nope.md"))))
                .get(5, TimeUnit.SECONDS);
        assertThat(unknown.getLeft().getItems()).isEmpty();
    }

    @Test
    void anOpenDocumentOverMaxFileSizeIsNotParsedAndSaysSo() throws Exception {
        workspace().file(".handoff.yaml", "maxFileSize: 2KB\n");
        lsp = new LspConnection();
        lsp.start(tmp);
        String uri = LspConnection.uri(tmp, L2);
        WorkspaceSession session = lsp.impl.sessions().get(0);
        int pasted = 200; // copies of AD-1, 3,200 bytes: findings, were the text parsed
        lsp.open(uri, 1, L2_TEXT + "- [AD-1] Again.\n".repeat(pasted));

        var published = lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(1).equals(d.getVersion()), 10_000);
        assertThat(published.getDiagnostics()).singleElement().satisfies(only -> {
            assertThat(only.getCode().getLeft()).isEqualTo("HL002");
            assertThat(only.getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
            assertThat(only.getRange()).isEqualTo(new Range(new Position(0, 0), new Position(0, 0)));
            assertThat(only.getMessage())
                    .contains("larger than maxFileSize (" + (L2_TEXT.getBytes(UTF_8).length + 16 * pasted)
                            + " > 2048 bytes)")
                    .contains("checks and editor features are off");
        });
        assertThat(session.editorParses()).isZero();
        assertThat(lsp.server
                        .getTextDocumentService()
                        .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri)))
                        .get(5, TimeUnit.SECONDS)
                        .getLeft()
                        .getItems())
                .isEqualTo(published.getDiagnostics());
        assertFeaturesAnswerEmpty(new TextDocumentIdentifier(uri));

        int lines = (int) L2_TEXT.lines().count();
        lsp.change(uri, 2, new Range(new Position(lines, 0), new Position(lines + pasted, 0)), "");
        var back = lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(2).equals(d.getVersion()), 10_000);
        assertThat(codes(back)).doesNotContain("HL002");
        assertThat(session.editorParses()).isEqualTo(1);
    }

    private void assertFeaturesAnswerEmpty(TextDocumentIdentifier doc) throws Exception {
        var text = lsp.server.getTextDocumentService();
        assertThat(text.hover(new HoverParams(doc, new Position(6, 4))).get(5, TimeUnit.SECONDS))
                .isNull();
        assertThat(text.documentSymbol(new DocumentSymbolParams(doc)).get(5, TimeUnit.SECONDS))
                .isEmpty();
        assertThat(text.documentLink(new DocumentLinkParams(doc)).get(5, TimeUnit.SECONDS))
                .isEmpty();
        assertThat(text.foldingRange(new FoldingRangeRequestParams(doc)).get(5, TimeUnit.SECONDS))
                .isEmpty();
        assertThat(text.semanticTokensFull(new SemanticTokensParams(doc))
                        .get(5, TimeUnit.SECONDS)
                        .getData())
                .isEmpty();
    }

    @Test
    void shutdownThenExitEndsWithStatusZero() throws Exception {
        workspace();
        lsp = new LspConnection();
        lsp.start(tmp);
        lsp.server.shutdown().get(5, TimeUnit.SECONDS);
        lsp.server.exit();
        assertThat(lsp.exitCode.get(5, TimeUnit.SECONDS)).isZero();
    }
}
