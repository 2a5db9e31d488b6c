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
import dev.handoffls.rules.Checker;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One workspace folder: its loader, the current index snapshot and the documents the editor has
 * open. Every update goes through here, one file at a time, and says which documents it affects.
 */
final class WorkspaceSession {
    private static final Logger LOG = Logger.getLogger(WorkspaceSession.class.getName());
    /** What an edit is compared on to find the documents to check again (the rules' declarations). */
    private static final Set<Fact> FACTS_READ = Checker.standard().factsRead();

    private final Path root;
    private final String rootUri;
    private volatile WorkspaceLoader loader;
    /** The index with what is known about it, swapped atomically so readers never mix two states. */
    record Snapshot(WorkspaceIndex index, boolean walked, boolean ready) {
    }

    private volatile Snapshot snapshot;
    /** The folder's {@code .handoff-baseline.json}: findings in it are not published (spec §14). */
    private volatile Baseline baseline;
    private final Map<String, OpenDocument> open = new ConcurrentHashMap<>();
    /** Paths touched on disk while the first full index was being built: re-read once it is done. */
    private final Set<String> touchedWhileIndexing = ConcurrentHashMap.newKeySet();

    WorkspaceSession(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.rootUri = this.root.toUri().toString();
        this.loader = new WorkspaceLoader(this.root, readConfig());
        this.snapshot = new Snapshot(WorkspaceIndex.empty(loader.configs()), false, false);
        this.baseline = readBaseline();
    }

    Baseline baseline() {
        return baseline;
    }

    /** Like the command line: no file is no baseline; an unusable one is logged and ignored. */
    private Baseline readBaseline() {
        Path file = root.resolve(BaselineFile.DEFAULT_NAME);
        return BaselineFile.readOrEmpty(file, why -> LOG.warning("ignoring the baseline " + file + ": " + why));
    }

    Path root() {
        return root;
    }

    WorkspaceIndex index() {
        return snapshot.index();
    }

    Snapshot snapshot() {
        return snapshot;
    }

    boolean ready() {
        return snapshot.ready();
    }

    private void index(WorkspaceIndex next) {
        snapshot = new Snapshot(next, snapshot.walked(), snapshot.ready());
    }

    LoadedConfig config() {
        return loader.config();
    }

    /** Every {@code .handoff.yaml} of the folder; problems in them are HL001 findings, not failures. */
    private ConfigSet readConfig() {
        try {
            return WorkspaceLoader.discoverConfigs(root);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot read " + ConfigLoader.FILE_NAME + " files in " + root + ": " + e.getMessage());
            return ConfigSet.single(LoadedConfig.defaults());
        }
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
        for (OpenDocument d : open.values()) {
            if (d.path().equals(path)) {
                return d.uri();
            }
        }
        return root.resolve(path).toUri().toString();
    }

    Optional<OpenDocument> openDocument(String path) {
        return Optional.ofNullable(open.get(path));
    }

    Set<String> openPaths() {
        return Set.copyOf(open.keySet());
    }

    /** Walks the folder (fast), so open documents can be checked before the full index is built. */
    synchronized void bootstrap() {
        WorkspaceIndex boot = loader.bootstrap(loader.walk());
        for (OpenDocument d : open.values()) {
            boot = withOpen(boot, d);
        }
        snapshot = new Snapshot(boot, true, false);
    }

    /** Builds the full index, then re-applies open documents and files touched meanwhile. */
    void indexAll(IntConsumer progress, java.util.function.LongConsumer total) {
        WorkspaceLoader.Walk walk = loader.walk();
        total.accept(loader.documentCount(walk));
        WorkspaceIndex full = loader.index(walk, progress);
        synchronized (this) {
            for (String p : touchedWhileIndexing) {
                full = loader.refresh(full, p);
            }
            touchedWhileIndexing.clear();
            for (OpenDocument d : open.values()) {
                full = withOpen(full, d);
            }
            snapshot = new Snapshot(full, true, true);
        }
    }

    /** The editor opened or changed a document; returns the documents to re-check. */
    synchronized Set<String> putOpen(OpenDocument doc) {
        WorkspaceIndex before = index();
        index(withOpen(before, doc));
        open.put(doc.path(), doc);
        return affected(before, doc.path());
    }

    /** The editor closed a document: the disk's version applies again. */
    synchronized Set<String> close(String path) {
        open.remove(path);
        WorkspaceIndex before = index();
        index(loader.refresh(before, path));
        return affected(before, path);
    }

    /** A file changed on disk (watched-file event). Open documents keep the editor's text. */
    synchronized Set<String> fileChanged(String path) {
        if (!ready()) {
            touchedWhileIndexing.add(path);
        }
        if (path.equals(ConfigLoader.FILE_NAME) || path.endsWith("/" + ConfigLoader.FILE_NAME)) {
            reloadConfig();
            return Set.copyOf(index().documents().keySet());
        }
        WorkspaceIndex before = index();
        OpenDocument o = open.get(path);
        index(o != null && java.nio.file.Files.exists(root.resolve(path)) ? withOpen(loader.refresh(before, path), o)
                : loader.refresh(before, path));
        if (path.equals(BaselineFile.DEFAULT_NAME)) {
            baseline = readBaseline();
            Set<String> out = new LinkedHashSet<>(affected(before, path));
            out.addAll(ready() ? index().documents().keySet() : open.keySet());
            return out;
        }
        return affected(before, path);
    }

    /** {@code .handoff.yaml} changed: a new configuration means every document is parsed again. */
    synchronized void reloadConfig() {
        loader = new WorkspaceLoader(root, readConfig());
        WorkspaceIndex full = loader.scan();
        for (OpenDocument d : open.values()) {
            full = withOpen(full, d);
        }
        index(full);
    }

    private WorkspaceIndex withOpen(WorkspaceIndex base, OpenDocument d) {
        if (!loader.isDocumentCandidate(d.path())) {
            return base;
        }
        HandoffDocument parsed = loader.parse(d.path(), d.text());
        return base.withDocument(parsed);
    }

    private Set<String> affected(WorkspaceIndex before, String path) {
        Set<String> out = new LinkedHashSet<>();
        WorkspaceIndex now = index();
        if (now.document(path).isPresent()) {
            out.add(path);
        }
        out.addAll(Dependents.of(before, now, path, FACTS_READ));
        if (!ready()) {
            // Before the full index exists only open documents are checked.
            out.retainAll(new HashSet<>(open.keySet()));
        }
        return out;
    }

    String rootUri() {
        return rootUri;
    }
}
