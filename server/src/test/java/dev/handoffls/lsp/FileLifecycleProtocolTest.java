package dev.handoffls.lsp;

import static dev.handoffls.lsp.RecordingClient.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that leave the workspace (deleted, renamed; open or not): their last publication is cleared with
 * an empty one, and a renamed file's diagnostics appear under its new URI (issue 9).
 */
class FileLifecycleProtocolTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String MOVED = ".agent/teams/alpha/phase-3/arch-coord/L2-summary.md";
    /** An L2 with no Downstream Handoff section: HL101 on disk. */
    private static final String TEXT = "# Phase 3 summary\n\nNothing handed off yet.\n";

    @TempDir
    Path tmp;

    private LspConnection lsp;
    private String uri;
    private String movedUri;

    @BeforeEach
    void start() throws Exception {
        TestWorkspace.in(tmp).file(L2, TEXT).dir(".agent/teams/alpha/phase-3/arch-coord");
        lsp = new LspConnection();
        lsp.start(tmp);
        uri = LspConnection.uri(tmp, L2);
        movedUri = LspConnection.uri(tmp, MOVED);
        lsp.client.awaitDiagnostics(uri, d -> codes(d).contains("HL101"), 10_000);
    }

    @AfterEach
    void close() throws Exception {
        lsp.close();
    }

    @Test
    void deletingAnUnopenedFileClearsItsDiagnostics() throws Exception {
        deleteAndAwaitClearing();

        // Out of the published map too: a full republication (a new configuration) sends it nothing more.
        int publications = lsp.client.diagnosticsFor(uri).size();
        Files.writeString(tmp.resolve(".handoff.yaml"), "severity: {HL206: off}\n");
        lsp.watched(new FileEvent(LspConnection.uri(tmp, ".handoff.yaml"), FileChangeType.Created));
        lsp.settle();
        assertThat(lsp.client.diagnosticsFor(uri)).hasSize(publications);
    }

    @Test
    void renamingAnUnopenedFileMovesItsDiagnostics() throws Exception {
        Files.move(tmp.resolve(L2), tmp.resolve(MOVED));
        lsp.watched(new FileEvent(uri, FileChangeType.Deleted), new FileEvent(movedUri, FileChangeType.Created));
        lsp.client.awaitDiagnostics(uri, d -> d.getDiagnostics().isEmpty(), 10_000);
        lsp.client.awaitDiagnostics(movedUri, d -> codes(d).equals(List.of("HL101")), 10_000);
        lsp.settle();
        assertThat(last(uri).getDiagnostics()).isEmpty();
    }

    /**
     * VS Code reports a deleted folder with one event for the folder, none for the files in it: its
     * documents leave the index and their diagnostics are cleared all the same.
     */
    @Test
    void deletingTheFolderOfAFileClearsItsDiagnostics() throws Exception {
        Path folder = tmp.resolve(".agent/teams/alpha/phase-3/coordinator");
        Files.delete(tmp.resolve(L2));
        Files.delete(folder);
        lsp.watched(new FileEvent(folder.toUri().toString(), FileChangeType.Deleted));
        lsp.client.awaitDiagnostics(uri, d -> d.getDiagnostics().isEmpty(), 10_000);
        lsp.settle();
        assertThat(lsp.impl.sessionFor(uri).index().document(L2)).isEmpty();
    }

    /** A folder moved or copied in is reported the same way: the documents in it are read. */
    @Test
    void aFolderMovedInIsReadWithItsDocuments() throws Exception {
        Path from = tmp.resolve(".agent/teams/alpha/phase-3/coordinator");
        Path to = tmp.resolve(".agent/teams/alpha/phase-4");
        Files.createDirectories(to);
        Files.move(from, to.resolve("coordinator"));
        String movedL2 = LspConnection.uri(tmp, ".agent/teams/alpha/phase-4/coordinator/L2-summary.md");
        lsp.watched(
                new FileEvent(from.toUri().toString(), FileChangeType.Deleted),
                new FileEvent(to.resolve("coordinator").toUri().toString(), FileChangeType.Created));
        lsp.client.awaitDiagnostics(uri, d -> d.getDiagnostics().isEmpty(), 10_000);
        lsp.client.awaitDiagnostics(movedL2, d -> codes(d).contains("HL101"), 10_000);
    }

    /** The plain files under a deleted folder stop existing too: a task that names one is told so. */
    @Test
    void aTaskNamingAFileInADeletedFolderIsReported() throws Exception {
        String note = "notes/deploy.md";
        noteBesideTheServiceFolder(note, "# Deploy\n\n- [ ] Deploy services/api/main.py\n", "HL304");
        deleteTheServiceFolder();
        lsp.watched(new FileEvent(tmp.resolve("services").toUri().toString(), FileChangeType.Deleted));
        lsp.client.awaitDiagnostics(LspConnection.uri(tmp, note), d -> codes(d).contains("HL304"), 10_000);
    }

    @Test
    void aLinkToADeletedFolderIsReported() throws Exception {
        String note = linkToTheServiceFolder();
        deleteTheServiceFolder();
        lsp.watched(new FileEvent(tmp.resolve("services").toUri().toString(), FileChangeType.Deleted));
        lsp.client.awaitDiagnostics(LspConnection.uri(tmp, note), d -> codes(d).contains("HL303"), 10_000);
    }

    /** A client that reports a deleted folder only as its files: the folders gone from disk go too. */
    @Test
    void aLinkToAFolderIsReportedWhenTheEventsNameOnlyItsFiles() throws Exception {
        String note = linkToTheServiceFolder();
        deleteTheServiceFolder();
        lsp.watched(new FileEvent(LspConnection.uri(tmp, "services/api/main.py"), FileChangeType.Deleted));
        lsp.client.awaitDiagnostics(LspConnection.uri(tmp, note), d -> codes(d).contains("HL303"), 10_000);
    }

    /** A folder emptied file by file is still there: a link to it stays good. */
    @Test
    void aLinkToAFolderEmptiedFileByFileStaysGood() throws Exception {
        String note = linkToTheServiceFolder();
        Files.delete(tmp.resolve("services/api/main.py"));
        lsp.watched(new FileEvent(LspConnection.uri(tmp, "services/api/main.py"), FileChangeType.Deleted));
        lsp.settle();
        assertThat(lsp.client.diagnosticsFor(LspConnection.uri(tmp, note)).stream()
                        .flatMap(p -> codes(p).stream()))
                .doesNotContain("HL303");
    }

    private String linkToTheServiceFolder() throws Exception {
        String note = "notes/services.md";
        noteBesideTheServiceFolder(note, "# Services\n\nThe API lives in [its folder](../services/api/).\n", "HL303");
        return note;
    }

    /** {@code services/api/main.py} and a note naming it, both indexed; the note is free of {@code code}. */
    private void noteBesideTheServiceFolder(String note, String text, String code) throws Exception {
        TestWorkspace.in(tmp).file("services/api/main.py", "print()\n").file(note, text);
        lsp.watched(
                new FileEvent(LspConnection.uri(tmp, "services/api/main.py"), FileChangeType.Created),
                new FileEvent(LspConnection.uri(tmp, note), FileChangeType.Created));
        lsp.settle();
        assertThat(lsp.client.diagnosticsFor(LspConnection.uri(tmp, note)).stream()
                        .flatMap(p -> codes(p).stream()))
                .doesNotContain(code);
    }

    private void deleteTheServiceFolder() throws Exception {
        Path folder = tmp.resolve("services");
        Files.delete(folder.resolve("api/main.py"));
        Files.delete(folder.resolve("api"));
        Files.delete(folder);
    }

    @Test
    void deletingAnOpenFileClearsItsDiagnostics() throws Exception {
        lsp.open(uri, 1, TEXT);
        lsp.client.awaitDiagnostics(
                uri, d -> Integer.valueOf(1).equals(d.getVersion()) && codes(d).contains("HL101"), 10_000);
        deleteAndAwaitClearing();
        lsp.close(uri);
        lsp.settle();
        assertThat(last(uri).getDiagnostics()).isEmpty();
    }

    @Test
    void closingThenDeletingAnOpenFileClearsItsDiagnostics() throws Exception {
        lsp.open(uri, 1, TEXT);
        lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(1).equals(d.getVersion()), 10_000);
        lsp.close(uri);
        deleteAndAwaitClearing();
        lsp.settle();
        assertThat(last(uri).getDiagnostics()).isEmpty();
    }

    @Test
    void renamingAnOpenFileMovesItsDiagnostics() throws Exception {
        lsp.open(uri, 1, TEXT);
        lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(1).equals(d.getVersion()), 10_000);
        // What VS Code sends for a rename in the explorer: close and open, then the watcher's events.
        Files.move(tmp.resolve(L2), tmp.resolve(MOVED));
        lsp.close(uri);
        lsp.open(movedUri, 1, TEXT);
        lsp.watched(new FileEvent(uri, FileChangeType.Deleted), new FileEvent(movedUri, FileChangeType.Created));
        lsp.client.awaitDiagnostics(
                movedUri, d -> Integer.valueOf(1).equals(d.getVersion()) && codes(d).equals(List.of("HL101")), 10_000);
        lsp.client.awaitDiagnostics(uri, d -> d.getDiagnostics().isEmpty(), 10_000);
        lsp.settle();
        assertThat(last(uri).getDiagnostics()).isEmpty();
        assertThat(codes(last(movedUri))).containsExactly("HL101");
    }

    /** Deletes the L2 on disk, tells the server, and waits for the empty publication. */
    private void deleteAndAwaitClearing() throws Exception {
        Files.delete(tmp.resolve(L2));
        lsp.watched(new FileEvent(uri, FileChangeType.Deleted));
        lsp.client.awaitDiagnostics(uri, d -> d.getDiagnostics().isEmpty(), 10_000);
    }

    private PublishDiagnosticsParams last(String u) {
        List<PublishDiagnosticsParams> all = lsp.client.diagnosticsFor(u);
        return all.get(all.size() - 1);
    }
}
