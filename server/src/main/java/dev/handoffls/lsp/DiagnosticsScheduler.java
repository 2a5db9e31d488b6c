package dev.handoffls.lsp;

import dev.handoffls.baseline.Baseline;
import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Debounces changes, checks the affected documents and publishes only what changed (STYLE habit 5).
 * A result computed on a version the editor has moved past is dropped; the newer change is queued.
 * A path that leaves the index gets an empty publication and leaves the published map.
 *
 * <p>While the user types, only the document typed in is checked at each keystroke; the documents that
 * depend on the edit are checked once typing pauses ({@link #QUIET_MILLIS}), or after {@link
 * #MAX_WAIT_MILLIS} of uninterrupted typing. Checked at every keystroke, the 33 documents of a pipeline
 * took four times the CPU of the keystroke's own check, and on two cores that contention set its latency.
 *
 * <p>Threads: checks run on the single {@code handoff-diagnostics} executor, which owns {@link #published};
 * they read the session's immutable snapshot and never write session state. {@link #schedule} is called
 * from the session executor and guards {@link #pending} with this object's lock.
 */
final class DiagnosticsScheduler {
    private static final Logger LOG = Logger.getLogger(DiagnosticsScheduler.class.getName());

    private final Supplier<LanguageClient> client;
    private final ScheduledExecutorService executor;
    private final Supplier<ClientSettings> settings;
    /** While indexing, a document shows only what the snapshot's facts can tell (no false alarms). */
    private final Checker checker = Checker.standard();
    /** Documents waiting for the debounce, in the order asked for; guarded by this object's lock, with {@link #timer}. */
    private final Map<WorkspaceSession, Set<String>> pending = new java.util.LinkedHashMap<>();
    /** What the client was last sent, per path. Owned by the diagnostics executor (read and written in its tasks). */
    private final Map<Key, Published> published = new java.util.HashMap<>();

    private ScheduledFuture<?> timer;
    /** Checks of opened documents queued and not yet begun: the editor waits for them as for a keystroke's. */
    private final java.util.concurrent.atomic.AtomicInteger opening = new java.util.concurrent.atomic.AtomicInteger();
    /** Documents that depend on edits, waiting for typing to pause; guarded by this object's lock, with {@link #quiet}. */
    private final Map<WorkspaceSession, Set<String>> dependents = new java.util.LinkedHashMap<>();

    private ScheduledFuture<?> quiet;
    /** When the oldest of {@link #dependents} was queued ({@link System#nanoTime}). */
    private long dependentsSince;
    /** The pause in typing after which the documents that depend on the edits are checked. */
    static final long QUIET_MILLIS = 300;
    /** Uninterrupted typing delays them no longer than this. */
    static final long MAX_WAIT_MILLIS = 2000;
    /** Test seam: runs on the diagnostics thread before each document is checked. */
    private volatile java.util.function.Consumer<String> beforeCheck = path -> {};
    /**
     * Documents published per task when a whole folder is. A keystroke's check waits for the slice under way:
     * with 200 (about 50 ms of checks) every keystroke in the seconds after indexing waited 30-90 ms for it.
     */
    private static final int SLICE = 20;
    /** Completes when every whole-folder publication begun so far has ended (for {@link #settled}). */
    private volatile CompletableFuture<Void> bulk = CompletableFuture.completedFuture(null);

    DiagnosticsScheduler(
            Supplier<LanguageClient> client, ScheduledExecutorService executor, Supplier<ClientSettings> settings) {
        this.client = client;
        this.executor = executor;
        this.settings = settings;
    }

    /** Queue documents for a check after the debounce delay; later calls restart the delay. */
    synchronized void schedule(WorkspaceSession session, Collection<String> paths) {
        pending.computeIfAbsent(session, s -> new LinkedHashSet<>()).addAll(paths);
        if (timer != null) {
            timer.cancel(false);
        }
        timer = executor.schedule(this::flush, settings.get().debounceMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The documents that depend on a keystroke: checked once typing pauses. Every keystroke, whether or not
     * it has dependents, restarts the wait of those already waiting (up to {@link #MAX_WAIT_MILLIS}).
     */
    synchronized void scheduleAfterPause(WorkspaceSession session, Collection<String> paths) {
        if (!paths.isEmpty() || !dependents.isEmpty()) {
            waitForPause(session, paths, null);
        }
    }

    /**
     * Guarded by this object's lock: queue for the quiet period, restarting it, but no later than {@link
     * #MAX_WAIT_MILLIS} after the oldest waiting document was first queued ({@code since}, or now).
     */
    private void waitForPause(WorkspaceSession session, Collection<String> paths, Long since) {
        long now = System.nanoTime();
        if (dependents.isEmpty()) {
            dependentsSince = since != null ? since : now;
        } else if (since != null) {
            dependentsSince = Math.min(dependentsSince, since);
        }
        dependents.computeIfAbsent(session, s -> new LinkedHashSet<>()).addAll(paths);
        if (quiet != null) {
            quiet.cancel(false);
        }
        long left = MAX_WAIT_MILLIS - TimeUnit.NANOSECONDS.toMillis(now - dependentsSince);
        long delay = Math.max(settings.get().debounceMillis(), Math.min(QUIET_MILLIS, left));
        quiet = executor.schedule(this::flushDependents, Math.max(0, delay), TimeUnit.MILLISECONDS);
    }

    /** Typing paused (or went on too long): the dependents, unless a keystroke is due first. */
    private void flushDependents() {
        Map<WorkspaceSession, Set<String>> work = new java.util.LinkedHashMap<>();
        long since;
        synchronized (this) {
            dependents.forEach((s, p) -> work.put(s, openFirst(s, p)));
            dependents.clear();
            quiet = null;
            since = dependentsSince;
        }
        boolean overdue = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since) >= MAX_WAIT_MILLIS;
        work.forEach((session, paths) ->
                publishUntil(session, paths, (i, rest) -> !overdue && yieldToKeystroke(session, rest, since)));
    }

    /** Test seam: {@code hook} runs on the diagnostics thread before each document is checked. */
    void beforeCheck(java.util.function.Consumer<String> hook) {
        beforeCheck = hook;
    }

    /** Check now, without the debounce (after indexing, on open). */
    void checkNow(WorkspaceSession session, Collection<String> paths) {
        executor.execute(() -> publish(session, paths, false));
    }

    /** On open: the editor gets this version's diagnostics even when they equal what it already has. */
    void checkOpened(WorkspaceSession session, String path) {
        opening.incrementAndGet();
        executor.execute(() -> {
            opening.decrementAndGet();
            publish(session, List.of(path), true);
        });
    }

    /** Completes when the checks queued so far have run (a debounced one not yet due is not waited for). */
    CompletableFuture<Void> idle() {
        try {
            return CompletableFuture.runAsync(() -> {}, executor);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Test seam: completes when no debounced check is waiting and the checks queued so far have run. */
    CompletableFuture<Void> settled() {
        return CompletableFuture.runAsync(() -> {
                    while (true) {
                        ScheduledFuture<?> t;
                        synchronized (this) {
                            t = timer != null ? timer : quiet;
                        }
                        if (t == null) {
                            return;
                        }
                        try {
                            t.get();
                        } catch (java.util.concurrent.CancellationException e) {
                            // replaced by a later timer: wait for that one
                        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                            return;
                        }
                    }
                })
                .thenCompose(v -> bulk)
                .thenCompose(v -> CompletableFuture.runAsync(() -> {}, executor));
    }

    private void flush() {
        Map<WorkspaceSession, Set<String>> work = new java.util.LinkedHashMap<>();
        synchronized (this) {
            pending.forEach((s, p) -> work.put(s, openFirst(s, p)));
            pending.clear();
            timer = null;
        }
        work.forEach(this::publishUnlessOvertaken);
    }

    /**
     * Publishes one by one; when a newer edit is waiting, hands the documents not reached yet back to the
     * queue, so the document being typed in goes first again (each is checked on the newest snapshot).
     */
    private void publishUnlessOvertaken(WorkspaceSession session, Set<String> paths) {
        publishUntil(session, paths, (i, rest) -> i > 0 && requeueIfOvertaken(session, rest));
    }

    /** Publishes one by one, until {@code standAside} takes back the documents not reached yet. */
    private void publishUntil(
            WorkspaceSession session,
            Set<String> paths,
            java.util.function.BiPredicate<Integer, List<String>> standAside) {
        List<String> order = new ArrayList<>(paths);
        for (int i = 0; i < order.size(); i++) {
            if (standAside.test(i, order.subList(i, order.size()))) {
                return;
            }
            publish(session, List.of(order.get(i)), false);
        }
    }

    private synchronized boolean requeueIfOvertaken(WorkspaceSession session, List<String> rest) {
        Set<String> waiting = pending.get(session);
        if (waiting == null) {
            return false;
        }
        waiting.addAll(rest);
        return true;
    }

    /**
     * When a keystroke is on its way or due, puts dependents waiting since {@code since} back to wait for the
     * next pause.
     */
    private synchronized boolean yieldToKeystroke(WorkspaceSession session, List<String> rest, long since) {
        if (!pending.containsKey(session) && !session.editorAhead()) {
            return false;
        }
        waitForPause(session, rest, since);
        return true;
    }

    /**
     * The documents open in the editor first: the one being typed in is published before the documents that
     * depend on it are re-checked (36 of them for an L2 in the middle of a pipeline).
     */
    private static Set<String> openFirst(WorkspaceSession session, Set<String> paths) {
        Set<String> open = session.openPaths();
        Set<String> out = new LinkedHashSet<>();
        paths.stream().filter(open::contains).forEach(out::add);
        out.addAll(paths);
        return out;
    }

    /** Findings of one document as LSP diagnostics (for pull requests too). */
    List<Diagnostic> diagnostics(WorkspaceSession session, WorkspaceIndex index, HandoffDocument doc) {
        WorkspaceSession.Snapshot snapshot = session.snapshot();
        return diagnostics(
                session, index, snapshot.baseline(), doc.path(), checker.checkDocument(index, doc, snapshot.known()));
    }

    /** A skipped file's HL002 as an LSP diagnostic (for pull requests on an open document over maxFileSize). */
    List<Diagnostic> skippedDiagnostics(WorkspaceSession session, WorkspaceIndex index, String path) {
        WorkspaceSession.Snapshot snapshot = session.snapshot();
        return !index.skipped().containsKey(path)
                ? List.of()
                : diagnostics(
                        session, index, snapshot.baseline(), path, checker.workspaceFindings(index, path::equals));
    }

    /** Any thread: reads only the given snapshot's parts, the settings and the checker. */
    private List<Diagnostic> diagnostics(
            WorkspaceSession session, WorkspaceIndex index, Baseline baseline, String path, List<Finding> findings) {
        List<Diagnostic> out = new ArrayList<>();
        Map<Code, Severity> project = index.configFor(path).severity();
        ClientSettings s = settings.get();
        for (Finding f : baseline.filter(findings, index).findings()) {
            Severity override =
                    project.containsKey(f.code()) ? null : s.severity().get(f.code());
            if (override == Severity.OFF) {
                continue;
            }
            Finding shown = override == null ? f : f.withSeverity(override);
            out.add(Convert.diagnostic(shown, session::uriOf));
        }
        return out;
    }

    private void publish(WorkspaceSession session, Collection<String> paths, boolean force) {
        WorkspaceSession.Snapshot snapshot = session.snapshot();
        WorkspaceIndex index = snapshot.index();
        Set<String> configPaths = configPaths(index);
        for (String path : paths) {
            try {
                Optional<HandoffDocument> doc = index.document(path);
                // A skipped file (an open document over maxFileSize) has its HL002 and nothing else.
                boolean skipped = index.skipped().containsKey(path);
                if (doc.isEmpty() && !skipped) {
                    // Before the walk only open documents whose configuration is known are in the index.
                    if (snapshot.walked() && !configPaths.contains(path)) {
                        clear(new Key(session.root(), path));
                    }
                    continue;
                }
                OpenDocument open = snapshot.open().get(path);
                if (open != null
                        && session.editorDocument(path).map(e -> e != open).orElse(true)) {
                    continue; // stale: the editor moved on and a newer sync is queued
                }
                beforeCheck.accept(path);
                List<Finding> findings = doc.isPresent()
                        ? checker.checkDocument(index, doc.get(), snapshot.known())
                        : checker.workspaceFindings(index, path::equals);
                send(
                        new Key(session.root(), path),
                        session.uriOf(path),
                        diagnostics(session, index, snapshot.baseline(), path, findings),
                        open == null ? null : open.version(),
                        force,
                        open != null);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "diagnostics failed for " + path, e);
            }
        }
    }

    private static Set<String> configPaths(WorkspaceIndex index) {
        Set<String> out = new java.util.HashSet<>();
        index.configs().all().forEach(c -> {
            if (c.path() != null) {
                out.add(c.path());
            }
        });
        return out;
    }

    /**
     * Publishes unless nothing changed ({@code force}: the editor wants this version's diagnostics anyway).
     * A path never published is not sent an empty list, unless the editor has it open.
     */
    private void send(Key key, String uri, List<Diagnostic> diagnostics, Integer version, boolean force, boolean open) {
        Published previous = published.get(key);
        if (previous != null && !previous.uri().equals(uri)) {
            clear(key); // the editor spells the URI differently now (opened or closed): move the entry
            previous = null;
        }
        if (!force && previous != null && diagnostics.equals(previous.diagnostics())
                || previous == null && diagnostics.isEmpty() && !open) {
            return;
        }
        published.put(key, new Published(uri, diagnostics));
        PublishDiagnosticsParams params = new PublishDiagnosticsParams(uri, diagnostics);
        params.setVersion(version);
        LanguageClient c = client.get();
        if (c != null) {
            c.publishDiagnostics(params);
        }
    }

    /** A path that left the index: an empty publication, and out of the published map. */
    private void clear(Key key) {
        Published previous = published.remove(key);
        LanguageClient c = client.get();
        if (previous != null && c != null) {
            c.publishDiagnostics(new PublishDiagnosticsParams(previous.uri(), List.of()));
        }
    }

    /** HL001 in each {@code .handoff.yaml}: unknown keys and wrong types at their position. */
    void publishConfigs(WorkspaceSession session) {
        executor.execute(() -> {
            WorkspaceIndex index = session.index();
            for (var config : index.configs().all()) {
                if (config.path() == null) {
                    continue;
                }
                List<Diagnostic> diagnostics = checker.workspaceFindings(index, p -> p.equals(config.path())).stream()
                        .map(f -> Convert.diagnostic(f, session::uriOf))
                        .toList();
                send(
                        new Key(session.root(), config.path()),
                        session.uriOf(config.path()),
                        diagnostics,
                        null,
                        false,
                        false);
            }
        });
    }

    /** Every document of a session, after indexing: publish what there is, clear what is gone. */
    void publishAll(WorkspaceSession session) {
        publishConfigs(session);
        CompletableFuture<Void> done = new CompletableFuture<>();
        bulk = bulk.thenCombine(done, (a, b) -> null);
        executor.execute(() -> {
            // Open documents first: they are what the user is looking at.
            Set<String> paths = new LinkedHashSet<>(session.openPaths());
            paths.addAll(session.index().documents().keySet());
            published.keySet().stream()
                    .filter(k -> k.root().equals(session.root()))
                    .map(Key::path)
                    .forEach(paths::add);
            publishInSlices(session, List.copyOf(paths), 0, done);
        });
    }

    /**
     * A whole folder in slices, each its own task, the next queued when one ends: a keystroke's check that
     * comes due meanwhile runs between two slices instead of waiting for 10,000 documents (no pause in
     * diagnostics while a fresh index is published). A slice also ends early, after any document, once a
     * keystroke's check is due: waiting for the rest of a slice was most of a keystroke's latency in the
     * seconds after indexing (the continuation is queued behind the due check).
     */
    private void publishInSlices(WorkspaceSession session, List<String> paths, int from, CompletableFuture<Void> done) {
        publishInSlices(session, paths, from, done, 0);
    }

    /**
     * @param stalls how many times in a row this slice has stood aside for a keystroke on its way (parsed on
     *               the session executor meanwhile: on two cores a slice checked then took CPU from it)
     */
    private void publishInSlices(
            WorkspaceSession session, List<String> paths, int from, CompletableFuture<Void> done, int stalls) {
        boolean due = checkDue();
        if (due || stalls < MAX_STALLS && session.editorAhead()) {
            // Stand aside: behind a due check (queued before this), or for a millisecond while one is on its way.
            try {
                if (due) {
                    executor.execute(() -> publishInSlices(session, paths, from, done, stalls));
                } else {
                    executor.schedule(
                            () -> publishInSlices(session, paths, from, done, stalls + 1), 1, TimeUnit.MILLISECONDS);
                }
            } catch (java.util.concurrent.RejectedExecutionException e) {
                done.complete(null); // shut down meanwhile
            }
            return;
        }
        int to = Math.min(paths.size(), from + SLICE);
        int next = from;
        try {
            while (next < to && (next == from || !checkDue() && !session.editorAhead())) {
                publish(session, List.of(paths.get(next++)), false);
            }
        } finally {
            int rest = next;
            if (rest < paths.size()) {
                try {
                    executor.execute(() -> publishInSlices(session, paths, rest, done, 0));
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    done.complete(null); // shut down meanwhile
                }
            } else {
                done.complete(null);
            }
        }
    }

    /** A background check stands aside for a keystroke on its way at most this many milliseconds in a row. */
    private static final int MAX_STALLS = 50;

    /** A debounced check (a keystroke's) has come due, or an opened document's is queued, and waits for this thread. */
    private synchronized boolean checkDue() {
        return opening.get() > 0 || timer != null && timer.getDelay(TimeUnit.NANOSECONDS) <= 0;
    }

    /** Where diagnostics were published: one folder's path. */
    private record Key(java.nio.file.Path root, String path) {}

    private record Published(String uri, List<Diagnostic> diagnostics) {}
}
