package dev.handoffls.lsp;

import static dev.handoffls.lsp.RecordingClient.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ordering, cancellation and client settings, as only the protocol shows them. */
class ProtocolBehaviourTest {
    static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    /** AD-1 then AD-3: HL206 (a gap in the numbering), which {@code .handoff.yaml} can turn off. */
    static final String TEXT = """
            # Phase 3 summary

            ## Downstream Handoff
            ### Decisions Made (Forward-binding)
            - [AD-1] Event-driven pattern for the checkout module.
            - [AD-3] PostgreSQL for persistence.
            """;

    @TempDir
    Path tmp;

    private LspConnection lsp;
    private String uri;

    @BeforeEach
    void start() throws Exception {
        TestWorkspace.in(tmp).file(L2, TEXT);
        lsp = new LspConnection();
        lsp.start(tmp);
        uri = LspConnection.uri(tmp, L2);
        lsp.open(uri, 1, TEXT);
        lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(1).equals(d.getVersion()), 5000);
    }

    @AfterEach
    void close() throws Exception {
        lsp.close();
    }

    @Test
    void aRequestSentRightAfterAChangeSeesTheChangedText() throws Exception {
        lsp.change(uri, 2, new Range(new Position(5, 36), new Position(5, 36)), "\n- [AD-9] Typed just now.");
        Hover hover = lsp.server
                .getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(6, 4)))
                .get(5, TimeUnit.SECONDS);
        assertThat(hover.getContents().getRight().getValue()).contains("AD-9").contains("Typed just now.");
    }

    @Test
    void aCancelledRequestLeavesTheConnectionServing() throws Exception {
        CompletableFuture<Hover> first = lsp.server
                .getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(4, 4)));
        first.cancel(true); // sends $/cancelRequest; the server must drop the work, not the connection
        Hover second = lsp.server
                .getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(4, 4)))
                .get(5, TimeUnit.SECONDS);
        assertThat(second.getContents().getRight().getValue()).contains("AD-1");
    }

    @Test
    void afterShutdownRequestsAreRefusedNotificationsIgnoredAndExitStillWorks() throws Exception {
        lsp.server.shutdown().get(5, TimeUnit.SECONDS);
        CompletableFuture<Hover> hover = lsp.server
                .getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(4, 4)));
        assertRefused(hover);
        lsp.open(LspConnection.uri(tmp, "notes.md"), 1, "# Notes\n");
        assertRefused(lsp.server.shutdown()); // answered after the didOpen before it was handled

        assertThat(lsp.impl.sessions().get(0).editorDocument("notes.md")).isEmpty();
        lsp.server.exit();
        assertThat(lsp.exitCode.get(5, TimeUnit.SECONDS)).isZero();
    }

    private static void assertRefused(CompletableFuture<?> request) {
        assertThatThrownBy(() -> request.get(5, TimeUnit.SECONDS))
                .cause()
                .isInstanceOfSatisfying(
                        ResponseErrorException.class,
                        e -> assertThat(e.getResponseError().getCode())
                                .isEqualTo(ResponseErrorCode.InvalidRequest.getValue()));
    }

    @Test
    void clientSeverityOverridesApplyUnlessTheProjectSetsTheCode() throws Exception {
        assertThat(codes(lsp.client
                        .diagnosticsFor(uri)
                        .get(lsp.client.diagnosticsFor(uri).size() - 1)))
                .contains("HL206");
        lsp.server
                .getWorkspaceService()
                .didChangeConfiguration(new DidChangeConfigurationParams(JsonParser.parseString(
                        "{\"handoff\": {\"severity\": {\"HL206\": \"off\", \"HL102\": \"error\"}}}")));
        var p = lsp.client.awaitDiagnostics(uri, d -> !codes(d).contains("HL206"), 5000);
        assertThat(p.getDiagnostics())
                .filteredOn(d -> d.getCode().getLeft().equals("HL102"))
                .extracting(d -> d.getSeverity())
                .containsExactly(DiagnosticSeverity.Error);
    }

    @Test
    void aChangedHandoffYamlReloadsTheConfigurationAndRechecks() throws Exception {
        java.nio.file.Files.writeString(tmp.resolve(".handoff.yaml"), "severity: {HL206: off}\n");
        lsp.server
                .getWorkspaceService()
                .didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(
                        java.util.List.of(new org.eclipse.lsp4j.FileEvent(
                                LspConnection.uri(tmp, ".handoff.yaml"), org.eclipse.lsp4j.FileChangeType.Created))));
        lsp.client.awaitDiagnostics(uri, d -> !codes(d).contains("HL206"), 5000);
    }

    @Test
    void configurationProblemsArePublishedInTheHandoffYaml() throws Exception {
        java.nio.file.Files.writeString(tmp.resolve(".handoff.yaml"), "colour: blue\n");
        String yaml = LspConnection.uri(tmp, ".handoff.yaml");
        lsp.server
                .getWorkspaceService()
                .didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(java.util.List.of(
                        new org.eclipse.lsp4j.FileEvent(yaml, org.eclipse.lsp4j.FileChangeType.Created))));
        var p = lsp.client.awaitDiagnostics(yaml, d -> codes(d).contains("HL001"), 5000);
        assertThat(p.getDiagnostics().get(0).getRange()).isEqualTo(new Range(new Position(0, 0), new Position(0, 6)));
    }

    @Test
    void willRenameFilesRewritesLinksToTheMovedFile() throws Exception {
        java.nio.file.Files.writeString(tmp.resolve("notes.md"), "See [L2](" + L2 + ").\n");
        lsp.server
                .getWorkspaceService()
                .didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(
                        java.util.List.of(new org.eclipse.lsp4j.FileEvent(
                                LspConnection.uri(tmp, "notes.md"), org.eclipse.lsp4j.FileChangeType.Created))));
        String moved = ".agent/teams/alpha/phase-3/arch-coord/L2-summary.md";
        var edit = lsp.server
                .getWorkspaceService()
                .willRenameFiles(new org.eclipse.lsp4j.RenameFilesParams(
                        java.util.List.of(new org.eclipse.lsp4j.FileRename(uri, LspConnection.uri(tmp, moved)))))
                .get(5, java.util.concurrent.TimeUnit.SECONDS);
        var notes = edit.getDocumentChanges().stream()
                .map(c -> c.getLeft())
                .filter(e -> e.getTextDocument().getUri().endsWith("/notes.md"))
                .findFirst()
                .orElseThrow();
        assertThat(notes.getEdits())
                .singleElement()
                .satisfies(e -> assertThat(e.getNewText()).isEqualTo(moved));
    }
}
