package dev.handoffls.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real JSON-RPC connection to the server through piped streams (STYLE habit 10): what the tests
 * send is serialised and parsed exactly as an editor's messages are.
 */
public final class LspConnection implements AutoCloseable {
    public final RecordingClient client = new RecordingClient();
    public final LanguageServer server;
    public final HandoffLanguageServer impl;
    public final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    // java.nio pipes, not PipedInputStream: those fail with "Write end dead" once a writing thread ends.
    private final Pipe toServer = Pipe.open();
    private final Pipe toClient = Pipe.open();
    private final OutputStream clientOut = Channels.newOutputStream(toServer.sink());
    private final OutputStream serverOut = Channels.newOutputStream(toClient.sink());

    public LspConnection() throws IOException {
        InputStream serverIn = Channels.newInputStream(toServer.source());
        InputStream clientIn = Channels.newInputStream(toClient.source());
        impl = new HandoffLanguageServer(exitCode::complete);
        Launcher<org.eclipse.lsp4j.services.LanguageClient> serverLauncher =
                ServerLauncher.create(impl, serverIn, serverOut);
        impl.connect(serverLauncher.getRemoteProxy());
        serverLauncher.startListening();
        Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        clientLauncher.startListening();
        server = clientLauncher.getRemoteProxy();
    }

    /** initialize + initialized for one folder; waits until the first full index exists. */
    public InitializeResult start(Path root) throws Exception {
        return start(root, null);
    }

    /** @param initializationOptions the client's settings at start ({@code {"handoff": {…}}}), or null */
    public InitializeResult start(Path root, Object initializationOptions) throws Exception {
        InitializeResult result = startIndexing(root, initializationOptions);
        impl.indexed().get(30, TimeUnit.SECONDS);
        return result;
    }

    /** initialize + initialized for one folder, without waiting for the first index. */
    public InitializeResult startIndexing(Path root) throws Exception {
        return startIndexing(root, null);
    }

    private InitializeResult startIndexing(Path root, Object initializationOptions) throws Exception {
        InitializeParams p = new InitializeParams();
        p.setInitializationOptions(initializationOptions);
        p.setProcessId((int) ProcessHandle.current().pid());
        p.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "ws")));
        ClientCapabilities caps = new ClientCapabilities();
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        ws.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        ws.setConfiguration(true);
        caps.setWorkspace(ws);
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        caps.setWindow(window);
        p.setCapabilities(caps);
        InitializeResult result = server.initialize(p).get(10, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return result;
    }

    public static String uri(Path root, String path) {
        return root.resolve(path).toUri().toString();
    }

    public void open(String uri, int version, String text) {
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", version, text)));
    }

    /** An incremental change: replace {@code range} with {@code text}. */
    public void change(String uri, int version, Range range, String text) {
        TextDocumentContentChangeEvent e = new TextDocumentContentChangeEvent(range, text);
        server.getTextDocumentService()
                .didChange(
                        new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(e)));
    }

    public void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /** A {@code workspace/didChangeWatchedFiles} notification with these events. */
    public void watched(FileEvent... events) {
        server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(events)));
    }

    /**
     * Waits until the server has nothing left to do and the client has read all it sent. A request first:
     * its answer means the message thread has handled (and enqueued) every notification sent before it;
     * then the executors must be idle. That only says the server has <em>written</em> its last
     * publication: a second request's answer, read after it on the client's one reader thread, says the
     * client has recorded it too.
     */
    public void settle() throws Exception {
        roundTrip();
        impl.settled().get(30, TimeUnit.SECONDS);
        roundTrip();
    }

    private void roundTrip() throws Exception {
        server.getWorkspaceService()
                .symbol(new org.eclipse.lsp4j.WorkspaceSymbolParams(""))
                .get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        clientOut.close();
        serverOut.close();
    }
}
