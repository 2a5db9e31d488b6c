package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.Main;
import dev.handoffls.cli.CliOutput;
import dev.handoffls.testing.TestWorkspace;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec §14 in the editor: the workspace's baseline hides old findings, not new ones, and is re-read when it changes. */
class BaselineProtocolTest {
    private static final String NOTES = "_agents/_handoffs/notes.md";
    private static final String OLD = "# Notes\n- [ ] Deploy worker.py\n";
    private static final String EDITED =
            "# Notes\nA line typed above.\n- [ ] Deploy worker.py\n- [ ] Deploy fresh.py\n";

    @TempDir
    Path tmp;

    private LspConnection lsp;

    @AfterEach
    void close() throws Exception {
        lsp.close();
    }

    private static List<Integer> hl304Lines(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream()
                .filter(d -> d.getCode().getLeft().equals("HL304"))
                .map(d -> d.getRange().getStart().getLine())
                .sorted()
                .toList();
    }

    @Test
    void aBaselinedFindingIsHiddenANewOneIsShownAndTheFileIsReReadWhenItChanges() throws Exception {
        TestWorkspace.in(tmp).dir(".git").file(NOTES, OLD);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        assertThat(Main.run(new String[] {"check", "--write-baseline"}, tmp, new CliOutput(quiet, quiet)))
                .isZero();

        lsp = new LspConnection();
        lsp.start(tmp);
        String uri = LspConnection.uri(tmp, NOTES);
        lsp.open(uri, 1, EDITED);
        var published = lsp.client.awaitDiagnostics(uri, d -> Integer.valueOf(1).equals(d.getVersion()), 5000);
        assertThat(hl304Lines(published)).containsExactly(3);

        Files.delete(tmp.resolve(".handoff-baseline.json"));
        lsp.server
                .getWorkspaceService()
                .didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                        new FileEvent(LspConnection.uri(tmp, ".handoff-baseline.json"), FileChangeType.Deleted))));
        var all = lsp.client.awaitDiagnostics(uri, d -> hl304Lines(d).size() == 2, 5000);
        assertThat(hl304Lines(all)).containsExactly(2, 3);

        assertThat(Main.run(new String[] {"check", "--write-baseline"}, tmp, new CliOutput(quiet, quiet)))
                .isZero();
        lsp.server
                .getWorkspaceService()
                .didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                        new FileEvent(LspConnection.uri(tmp, ".handoff-baseline.json"), FileChangeType.Created))));
        lsp.client.awaitDiagnostics(uri, d -> hl304Lines(d).equals(List.of(3)), 5000);
    }
}
