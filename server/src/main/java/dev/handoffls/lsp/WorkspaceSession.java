package dev.handoffls.lsp;

import dev.handoffls.baseline.Baseline;
import dev.handoffls.baseline.BaselineFile;
import dev.handoffls.config.ConfigLoader;
import dev.handoffls.config.ConfigSet;
import dev.handoffls.config.LoadedConfig;
import dev.handoffls.index.Dependents;
import dev.handoffls.index.Fact;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.parse.SectionCache;
import dev.handoffls.rules.Checker;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One workspace folder: its loader, the current index snapshot and the documents the editor has open.
 *
 * <p>Threads (ARCHITECTURE.md, "Threads and ownership"): the editor's text of open documents is written
 * by the JSON-RPC message thread only ({@link #editorOpened}, {@link #editorChanged}, {@link #editorClosed});
 * everything else is owned by the {@link SessionExecutor}, whose tasks call the mutators
 * ({@link #syncEditor}, {@link #fileChanged}, {@link #beginRescan}, {@link #apply}); the {@link Indexer} only
 * reads the disk and posts a {@link FolderScan}.
 * Any thread may read the immutable {@link Snapshot}.
 */
final class WorkspaceSession {
    private static final Logger LOG = Logger.getLogger(WorkspaceSession.class.getName());
    /** What an edit is compared on to find the documents to check again (the rules' declarations). */
    private static final Set<Fact> FACTS_READ = Checker.standard().factsRead();

    /**
     * The index with the open documents and the baseline it was built with, swapped as one value. Before the
     * walk ({@code walked} false) the index holds only the open documents whose configuration is known.
     */
    record Snapshot(
            WorkspaceIndex index, Map<String, OpenDocument> open, Baseline baseline, boolean walked, boolean ready) {
        /** The cross-document facts this index knows completely: none before the walk, all once indexed. */
        Set<Fact> known() {
            return ready ? EnumSet.allOf(Fact.class) : walked ? Fact.knownFromWalk() : Set.of();
        }
    }

    private final Path root;
    private final SessionExecutor owner;
    /** The editor's latest text of each open document. Owned by the message thread; read by anyone. */
    private final Map<String, OpenDocument> editor = new ConcurrentHashMap<>();
    /** Owned by the session executor (the only writer); immutable, so any thread may read it. */
    private volatile Snapshot snapshot;
    /** Owned by the session executor, bumped when {@code .handoff.yaml} changes: older scans are dropped. */
    private volatile long generation;
    // owned by the session executor
    private WorkspaceLoader loader;
    /** Owned by the session executor: before the walk, the configurations above open documents. */
    private ConfigProbe probe;
    // owned by the session executor: a scan is in flight, and the paths touched on disk since it began
    private boolean scanning = true;
    private final Set<String> touchedWhileScanning = new HashSet<>();
    /** Each open document's section trees from its last parse (a keystroke re-parses one section). Session thread only. */
    private final Map<String, SectionCache> sectionTrees = new HashMap<>();

    /** Test seam: how often an open document's text was parsed (bursts of changes must coalesce). */
    private final AtomicInteger editorParses = new AtomicInteger();

    WorkspaceSession(Path root, SessionExecutor owner) {
        this.root = root.toAbsolutePath().normalize();
        this.owner = owner;
        // The real configuration is read by the first scan, off the message thread.
        this.loader = new WorkspaceLoader(this.root, ConfigSet.single(LoadedConfig.defaults()));
        this.probe = new ConfigProbe(this.root);
        this.snapshot = new Snapshot(WorkspaceIndex.empty(loader.configs()), Map.of(), Baseline.EMPTY, false, false);
    }

    // ---- any thread: reads of the immutable snapshot

    Snapshot snapshot() {
        return snapshot;
    }

    WorkspaceIndex index() {
        return snapshot.index();
    }

    Baseline baseline() {
        return snapshot.baseline();
    }

    boolean ready() {
        return snapshot.ready();
    }

    Path root() {
        return root;
    }

    /** Test seam: how many times the text of an open document has been parsed. */
    int editorParses() {
        return editorParses.get();
    }

    long generation() {
        return generation;
    }

    /** Whether a URI lies inside this folder. */
    boolean contains(String uri) {
        return relativePath(uri).isPresent();
    }

    Optional<String> relativePath(String uri) {
        try {
            Path p = Path.of(URI.create(uri)).toAbsolutePath().normalize();
            if (!p.startsWith(root)) {
                return Optional.empty();
            }
            return Optional.of(root.relativize(p).toString().replace('\\', '/'));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The URI to publish for a path: the editor's own spelling for open documents. */
    String uriOf(String path) {
        OpenDocument d = snapshot.open().get(path);
        return d != null ? d.uri() : root.resolve(path).toUri().toString();
    }

    /** The open document as the current snapshot holds it. */
    Optional<OpenDocument> openDocument(String path) {
        return Optional.ofNullable(snapshot.open().get(path));
    }

    Set<String> openPaths() {
        return snapshot.open().keySet();
    }

    /**
     * Whether the editor holds text the snapshot has not caught up with: a keystroke on its way to the
     * session executor, whose check should not wait behind background checks.
     */
    boolean editorAhead() {
        Map<String, OpenDocument> open = snapshot.open();
        if (open.size() != editor.size()) {
            return true;
        }
        for (Map.Entry<String, OpenDocument> e : editor.entrySet()) {
            if (open.get(e.getKey()) != e.getValue()) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code task} on the session executor, after everything enqueued before it. */
    CompletableFuture<Void> enqueue(Runnable task) {
        return owner.submit(task);
    }

    /** Completes when every update enqueued so far is in the snapshot (requests wait for it). */
    CompletableFuture<Void> caughtUp() {
        return owner.caughtUp();
    }

    // ---- message thread: the editor's text; each call is followed by an enqueued syncEditor(path)

    /** The editor's latest text of an open document (newer than the snapshot while a sync is queued). */
    Optional<OpenDocument> editorDocument(String path) {
        return Optional.ofNullable(editor.get(path));
    }

    void editorOpened(OpenDocument doc) {
        editor.put(doc.path(), doc);
    }

    void editorChanged(OpenDocument doc) {
        editor.put(doc.path(), doc);
    }

    void editorClosed(String path) {
        editor.remove(path);
    }

    // ---- session executor: the mutators

    /**
     * Applies a scan unless a newer configuration generation was asked for meanwhile (that scan will come).
     * Files touched on disk during a full scan are read again, and open documents keep the editor's text.
     */
    boolean apply(FolderScan scan) {
        owner.checkOwner();
        if (scan.generation() != generation) {
            LOG.fine("dropping a scan of generation " + scan.generation() + "; current is " + generation);
            return false;
        }
        loader = scan.loader();
        WorkspaceIndex next = scan.index();
        if (scan.full()) {
            for (String p : touchedWhileScanning) {
                next = loader.refresh(next, p);
            }
            touchedWhileScanning.clear();
            scanning = false;
        }
        Snapshot now = snapshot;
        for (OpenDocument d : now.open().values()) {
            next = withOpen(next, d);
        }
        snapshot = new Snapshot(next, now.open(), readBaseline(), true, scan.full() || now.ready());
        return true;
    }

    /** A {@code .handoff.yaml} changed: returns the generation the rescan must carry. */
    long beginRescan() {
        owner.checkOwner();
        scanning = true;
        Snapshot now = snapshot;
        if (!now.walked()) {
            // What the probe read may be stale: open documents wait for the rescan (or their next change).
            probe = new ConfigProbe(root);
            snapshot = new Snapshot(WorkspaceIndex.empty(loader.configs()), now.open(), now.baseline(), false, false);
        }
        return ++generation;
    }

    /**
     * What a sync of one document did: whether it was opened, and the index before it (to tell, right after,
     * what to check again: {@link #editedNeedsCheck}, then {@link #dependents}).
     */
    record EditorSync(boolean opened, WorkspaceIndex before) {}

    /**
     * Brings the snapshot to the editor's latest text of {@code path}. A burst of changes coalesces: the
     * first sync parses the latest version, the ones queued behind it find nothing to do.
     */
    Optional<EditorSync> syncEditor(String path) {
        owner.checkOwner();
        OpenDocument want = editor.get(path);
        Snapshot now = snapshot;
        OpenDocument have = now.open().get(path);
        if (want == have) {
            return Optional.empty();
        }
        Map<String, OpenDocument> open = new HashMap<>(now.open());
        WorkspaceIndex before = now.index();
        WorkspaceIndex next;
        Baseline baseline = now.baseline();
        if (want == null) {
            open.remove(path);
            sectionTrees.remove(path);
            // closed: the disk's version applies again (the walk reads it, if it has not happened yet)
            next = now.walked() ? loader.refresh(before, path) : before.withoutFile(path);
        } else {
            open.put(path, want);
            if (now.walked()) {
                next = withOpen(before, want);
            } else {
                WorkspaceIndex probed = underProbedConfigs(before, path);
                next = probed == null ? before : withOpen(probed, want);
                if (probed != null && probed != before) {
                    baseline = readBaseline(); // the first check filters as the full one will
                }
            }
        }
        snapshot = new Snapshot(next, Map.copyOf(open), baseline, now.walked(), now.ready());
        return Optional.of(new EditorSync(have == null && want != null, before));
    }

    /**
     * Before the walk: {@code index} under the configurations above {@code path}, read now (re-based when the
     * probe found another one, with the baseline read again by the caller); null while they cannot be known.
     */
    private WorkspaceIndex underProbedConfigs(WorkspaceIndex index, String path) {
        if (!probe.covers(path)) {
            return null;
        }
        ConfigSet configs = probe.configs();
        if (configs == loader.configs()) {
            return index;
        }
        // A configuration found now lies beside the documents already probed, never above them: they stay valid.
        loader = new WorkspaceLoader(root, configs);
        WorkspaceIndex rebased = WorkspaceIndex.empty(configs);
        for (HandoffDocument d : index.documents().values()) {
            rebased = rebased.withDocument(d);
        }
        for (Map.Entry<String, String> skipped : index.skipped().entrySet()) {
            rebased = rebased.withSkipped(skipped.getKey(), skipped.getValue());
        }
        return rebased;
    }

    static boolean isConfig(String path) {
        return path.equals(ConfigLoader.FILE_NAME) || path.endsWith("/" + ConfigLoader.FILE_NAME);
    }

    /**
     * The paths one watched-file event stands for. VS Code sends a single event for a folder that is
     * deleted, moved or copied in, not one per file (vscode-languageserver-node#141): for a folder, the
     * files the index holds under it and the files on disk under it, after the folder itself.
     */
    Set<String> pathsOfEvent(String path) {
        owner.checkOwner();
        WorkspaceIndex index = snapshot.index();
        Path abs = root.resolve(path);
        boolean folderOnDisk = Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS);
        // Every indexed file's folders are indexed folders: a path that is neither a folder on disk nor an
        // indexed one has nothing under it (most events: no look through the index's documents).
        if (!folderOnDisk && !index.dirExists(path)) {
            return Set.of(path);
        }
        Set<String> out = new TreeSet<>();
        out.add(path);
        String prefix = path + "/";
        // Every file, not only documents: a task naming a file under the folder asks whether it exists.
        out.addAll(index.files().subSet(prefix, prefix + Character.MAX_VALUE));
        if (folderOnDisk && loader.isDocumentCandidate(prefix + "x.md")) {
            try (Stream<Path> files = Files.walk(abs)) { // links are not followed
                files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                        .map(loader::relative)
                        .forEach(out::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                LOG.warning("could not read the folder " + path + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** A file changed on disk (watched-file event; not {@code .handoff.yaml}). Open documents keep the editor's text. */
    Set<String> fileChanged(String path) {
        owner.checkOwner();
        if (scanning) {
            touchedWhileScanning.add(path);
        }
        Snapshot now = snapshot;
        if (!now.walked()) {
            return Set.of(); // the walk will see it (and the full scan reads it again)
        }
        WorkspaceIndex before = now.index();
        OpenDocument o = now.open().get(path);
        WorkspaceIndex next = o != null && Files.exists(root.resolve(path))
                ? withOpen(loader.refresh(before, path), o)
                : loader.refresh(before, path);
        Baseline baseline = path.equals(BaselineFile.DEFAULT_NAME) ? readBaseline() : now.baseline();
        snapshot = new Snapshot(next, now.open(), baseline, now.walked(), now.ready());
        Set<String> out = new LinkedHashSet<>(affected(before, path));
        if (path.equals(BaselineFile.DEFAULT_NAME)) {
            out.addAll(ready() ? index().documents().keySet() : now.open().keySet());
        }
        return out;
    }

    /** Like the command line: no file is no baseline; an unusable one is logged and ignored. */
    private Baseline readBaseline() {
        Path file = root.resolve(BaselineFile.DEFAULT_NAME);
        return BaselineFile.readOrEmpty(file, why -> LOG.warning("ignoring the baseline " + file + ": " + why));
    }

    private WorkspaceIndex withOpen(WorkspaceIndex base, OpenDocument d) {
        if (!loader.isDocumentCandidate(d.path())) {
            return base;
        }
        Optional<String> tooLarge =
                EditorSizeCap.exceeded(d.text(), base.configFor(d.path()).maxFileSize());
        if (tooLarge.isPresent()) {
            return base.withSkipped(d.path(), tooLarge.get());
        }
        editorParses.incrementAndGet();
        HandoffDocument parsed =
                loader.parse(d.path(), d.text(), sectionTrees.computeIfAbsent(d.path(), p -> new SectionCache()));
        return base.withDocument(parsed);
    }

    /**
     * Whether the document just synced is itself to be checked (or cleared, having left the index): the part
     * of {@link #affected} a keystroke's latency depends on, known without working out the dependents.
     */
    boolean editedNeedsCheck(WorkspaceIndex before, String path) {
        WorkspaceIndex now = index();
        boolean left = before.document(path).isPresent() && now.document(path).isEmpty();
        return left || now.document(path).isPresent() && (ready() || openPaths().contains(path));
    }

    /**
     * The documents to check again after {@code path} changed from {@code before} to the current index: the
     * edited path (also when it left the index: its diagnostics must be cleared) and its dependents.
     */
    Set<String> affected(WorkspaceIndex before, String path) {
        Set<String> out = new LinkedHashSet<>();
        if (editedNeedsCheck(before, path)) {
            out.add(path);
        }
        out.addAll(dependents(before, path));
        return out;
    }

    /** The other documents whose findings may change with {@code path} (see {@link #affected}). */
    Set<String> dependents(WorkspaceIndex before, String path) {
        // Only what the checks can read now: before the walk nothing beyond the document, so no dependents.
        Set<Fact> read = EnumSet.noneOf(Fact.class);
        read.addAll(FACTS_READ);
        read.retainAll(snapshot.known());
        if (read.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>(Dependents.of(before, index(), path, read));
        out.remove(path);
        if (!ready()) {
            // Before the full index exists only open documents are checked.
            out.retainAll(new HashSet<>(openPaths()));
        }
        return out;
    }
}
