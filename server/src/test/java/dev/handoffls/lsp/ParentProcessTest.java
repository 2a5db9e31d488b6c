package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server never outlives its editor: not when the editor dies later, nor when it is dead already. */
class ParentProcessTest {
    @TempDir
    Path tmp;

    private static InitializeParams params(Path root, long pid) {
        InitializeParams p = new InitializeParams();
        p.setProcessId((int) pid);
        p.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "ws")));
        return p;
    }

    @Test
    void aClientProcessAlreadyDeadAtInitializeMakesTheServerExit() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        new HandoffLanguageServer(exit::complete)
                .initialize(params(tmp, gone.pid()))
                .get(10, TimeUnit.SECONDS);
        assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void theServerExitsWhenItsClientProcessEnds() throws Exception {
        Process client = new ProcessBuilder("sleep", "30").start();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        new HandoffLanguageServer(exit::complete)
                .initialize(params(tmp, client.pid()))
                .get(10, TimeUnit.SECONDS);
        assertThat(exit).isNotDone();
        client.destroy();
        assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }
}
