package dev.handoffls.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The LSP entry point: lifecycle, workspace folders and background indexing. Features live in the services. */
public final class HandoffLanguageServer implements LanguageServer, LanguageClientAware {
    private static final Logger LOG = Logger.getLogger(HandoffLanguageServer.class.getName());

    /** Written once by {@code initialize} (message thread), before any work is enqueued; read by all. */
    private final List<WorkspaceSession> sessions = new CopyOnWriteArrayList<>();

    private final java.util.concurrent.ScheduledThreadPoolExecutor diagnosticsExecutor =
            new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> daemon(r, "handoff-diagnostics"));
    /**
     * Runs requests: not the common fork-join pool, which lsp4j would use and a scan's parallel parse fills,
     * so that no request waits for a {@code .handoff.yaml} rescan to finish (issue 13, item 10).
     */
    private final ExecutorService requests = Executors.newCachedThreadPool(r -> daemon(r, "handoff-request"));
    /** Owns every session's state (see {@link SessionExecutor}). */
    private final SessionExecutor sessionExecutor = new SessionExecutor();

    private final IntConsumer exit;
    private final AtomicBoolean shutdown = new AtomicBoolean();
    private volatile LanguageClient client;
    private volatile ClientCapabilities capabilities = new ClientCapabilities();
    /** The client's settings: an immutable value replaced whole (message thread or a configuration reply). */
    private volatile ClientSettings settings = ClientSettings.defaults();

    private final DiagnosticsScheduler diagnostics;
    private final HandoffTextDocumentService textDocuments;
    private final HandoffWorkspaceService workspace;
    /** Reads the disk for whole-folder scans (first index, configuration reloads); posts results to the sessions. */
    private final Indexer indexer;

    /** @param exit called with the process exit status on {@code exit} or when the client process dies */
    public HandoffLanguageServer(IntConsumer exit) {
        this.exit = exit;
        this.diagnostics = new DiagnosticsScheduler(() -> client, diagnosticsExecutor, () -> settings);
        this.indexer = new Indexer(diagnostics);
        this.textDocuments = new HandoffTextDocumentService(this);
        this.workspace = new HandoffWorkspaceService(this);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
        LogForwarder.install(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        capabilities = params.getCapabilities() != null ? params.getCapabilities() : new ClientCapabilities();
        for (Path root : roots(params)) {
            sessions.add(new WorkspaceSession(root, sessionExecutor));
        }
        if (params.getInitializationOptions() != null) {
            settings = ClientSettings.from(params.getInitializationOptions());
        }
        if (params.getProcessId() != null
                && params.getProcessId() != ProcessHandle.current().pid()) {
            Optional<ProcessHandle> parent =
                    ProcessHandle.of(params.getProcessId().longValue()).filter(ProcessHandle::isAlive);
            if (parent.isEmpty()) {
                // The editor is already gone: nobody will ever read this server's answers.
                exitFirst("client process " + params.getProcessId() + " is not running at initialize; exiting");
            } else {
                parent.get()
                        .onExit()
                        .thenRun(() -> exitFirst("client process " + params.getProcessId() + " ended; exiting"));
            }
        }
        InitializeResult result = new InitializeResult(Capabilities.server(capabilities));
        result.setServerInfo(new ServerInfo("handoff-ls", dev.handoffls.Main.versionString()));
        return CompletableFuture.completedFuture(result);
    }

    /**
     * Exits without waiting for anything the dead client would have to read: the log line goes out on a
     * daemon thread, best effort, since a client pipe that nobody drains would block it for ever.
     */
    private void exitFirst(String why) {
        Thread log = new Thread(() -> LOG.info(why), "handoff-exit-log");
        log.setDaemon(true);
        log.start();
        exit.accept(shutdown.get() ? 0 : 1);
    }

    @SuppressWarnings("deprecation")
    private static List<Path> roots(InitializeParams params) {
        List<Path> roots = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) {
                toPath(f.getUri()).ifPresent(roots::add);
            }
        }
        if (roots.isEmpty() && params.getRootUri() != null) {
            toPath(params.getRootUri()).ifPresent(roots::add);
        }
        if (roots.isEmpty() && params.getRootPath() != null) {
            roots.add(Path.of(params.getRootPath()));
        }
        return roots;
    }

    static Optional<Path> toPath(String uri) {
        try {
            return Optional.of(Path.of(URI.create(uri)).toAbsolutePath().normalize());
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            LOG.warning("not a file URI: " + uri);
            return Optional.empty();
        }
    }

    @Override
    public void initialized(InitializedParams params) {
        registerWatchers();
        workspace.requestConfiguration();
        indexer.indexAll(sessions, new Progress(client, capabilities), text -> message(MessageType.Error, text));
    }

    private void registerWatchers() {
        var watched = capabilities.getWorkspace() == null
                ? null
                : capabilities.getWorkspace().getDidChangeWatchedFiles();
        if (watched == null || !Boolean.TRUE.equals(watched.getDynamicRegistration()) || client == null) {
            return;
        }
        List<FileSystemWatcher> watchers = List.of(
                new FileSystemWatcher(Either.forLeft("**/*.md")),
                new FileSystemWatcher(Either.forLeft("**/.handoff.yaml")),
                new FileSystemWatcher(Either.forLeft("**/*")));
        client.registerCapability(new RegistrationParams(List.of(new Registration(
                "handoff-watched-files",
                "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions(watchers)))));
    }

    /** {@code .handoff.yaml} changed (called on the session executor): the indexer reads it and scans again. */
    void rescan(WorkspaceSession s, long generation) {
        indexer.rescan(s, generation);
    }

    /** Test seam: {@code hook} runs on the indexer thread between building a full index (first or rescan) and posting it. */
    void beforeIndexPosted(Runnable hook) {
        indexer.beforeIndexPosted(hook);
    }

    /** Test seam: {@code hook} runs on the indexer thread before the first walk begins. */
    void beforeWalk(Runnable hook) {
        indexer.beforeWalk(hook);
    }

    /**
     * Test seam: completes when what was enqueued so far has run through the session executor, the indexer
     * (a rescan the session asked for), the session executor again (the rescan's result) and the diagnostics.
     */
    CompletableFuture<Void> settled() {
        return sessionExecutor
                .caughtUp()
                .thenCompose(v -> indexer.idle())
                .thenCompose(v -> sessionExecutor.caughtUp())
                .thenCompose(v -> diagnostics.settled());
    }

    void message(MessageType type, String text) {
        LanguageClient c = client;
        if (c != null) {
            c.logMessage(new MessageParams(type, text));
        }
    }

    void show(MessageType type, String text) {
        LanguageClient c = client;
        if (c != null) {
            c.showMessage(new MessageParams(type, text));
        }
    }

    /** Completes when the first full index of every folder has been posted and applied (tests wait on it). */
    public CompletableFuture<Void> indexed() {
        return indexer.indexed();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown.set(true);
        // Queued checks are dropped, but the one running is not interrupted: an interrupted write to an
        // interruptible channel would close the stream the shutdown answer still has to go through.
        diagnosticsExecutor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        diagnosticsExecutor.shutdown();
        indexer.shutdown();
        sessionExecutor.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exit.accept(shutdown.get() ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocuments;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    List<WorkspaceSession> sessions() {
        return sessions;
    }

    /** The folder that holds a document; null for a document outside every folder. */
    WorkspaceSession sessionFor(String uri) {
        WorkspaceSession best = null;
        for (WorkspaceSession s : sessions) {
            if (s.contains(uri)
                    && (best == null || s.root().getNameCount() > best.root().getNameCount())) {
                best = s;
            }
        }
        return best;
    }

    ExecutorService requests() {
        return requests;
    }

    DiagnosticsScheduler diagnostics() {
        return diagnostics;
    }

    LanguageClient client() {
        return client;
    }

    ClientSettings settings() {
        return settings;
    }

    void settings(ClientSettings s) {
        this.settings = s;
        for (WorkspaceSession session : sessions) { // reads the snapshot; checks run on the diagnostics executor
            diagnostics.checkNow(session, session.index().documents().keySet());
        }
    }

    ClientCapabilities capabilities() {
        return capabilities;
    }
}
