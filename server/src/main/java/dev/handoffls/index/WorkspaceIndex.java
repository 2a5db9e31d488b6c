package dev.handoffls.index;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.handoffls.config.ConfigSet;
import dev.handoffls.config.HandoffConfig;
import dev.handoffls.config.LoadedConfig;
import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.parse.IdGrammar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.pcollections.TreePMap;

/**
 * An immutable snapshot of a workspace: its documents (parsed), every file and folder that exists
 * (for path resolution), and files skipped with a reason. Updated one file at a time by returning a
 * new snapshot; derived data (scopes, names) is computed lazily and scope indexes of untouched
 * scopes are carried over.
 */
public final class WorkspaceIndex {
    private final ConfigSet configs;
    private final Map<String, IdGrammar> grammars = new ConcurrentHashMap<>();
    // Persistent maps: an update shares the previous snapshot's entries (O(log n), not a copy).
    private final TreePMap<String, HandoffDocument> documents;
    private final TreePMap<String, String> skipped;
    private final ImmutableSortedSet<String> files;
    private final ImmutableSortedSet<String> dirs;
    private final ImmutableSortedMap<String, String> folderLinks;
    private final Map<String, ScopeIndex> scopeCache;
    // Derived data, computed on first use. An update hands on what it leaves valid (see next()), so an
    // edit costs what it changed, not the size of the workspace.
    private final Lazy<Map<String, String>> featureJoins;
    private final Lazy<Map<String, List<HandoffDocument>>> byScope;
    private final Lazy<ImmutableListMultimap<String, String>> filesByName;
    private final Lazy<ImmutableListMultimap<Integer, HandoffDocument>> decisions;
    private final Lazy<ImmutableListMultimap<String, HandoffDocument>> tickets;

    WorkspaceIndex(
            ConfigSet configs,
            SortedMap<String, HandoffDocument> documents,
            SortedMap<String, String> skipped,
            ImmutableSortedSet<String> files,
            ImmutableSortedSet<String> dirs,
            ImmutableSortedMap<String, String> folderLinks,
            Map<String, ScopeIndex> carriedScopes) {
        this(
                configs,
                TreePMap.fromSortedMap(documents),
                TreePMap.fromSortedMap(skipped),
                files,
                dirs,
                folderLinks,
                carriedScopes,
                null,
                null,
                null,
                null,
                null);
    }

    /** A null derived value is computed afresh from this snapshot on first use. */
    private WorkspaceIndex(
            ConfigSet configs,
            TreePMap<String, HandoffDocument> documents,
            TreePMap<String, String> skipped,
            ImmutableSortedSet<String> files,
            ImmutableSortedSet<String> dirs,
            ImmutableSortedMap<String, String> folderLinks,
            Map<String, ScopeIndex> carriedScopes,
            Lazy<Map<String, String>> featureJoins,
            Lazy<Map<String, List<HandoffDocument>>> byScope,
            Lazy<ImmutableListMultimap<String, String>> filesByName,
            Lazy<ImmutableListMultimap<Integer, HandoffDocument>> decisions,
            Lazy<ImmutableListMultimap<String, HandoffDocument>> tickets) {
        this.configs = configs;
        this.documents = documents;
        this.skipped = skipped;
        this.files = files;
        this.dirs = dirs;
        this.folderLinks = folderLinks;
        this.scopeCache = new ConcurrentHashMap<>(carriedScopes);
        this.featureJoins = featureJoins != null ? featureJoins : Lazy.of(() -> FeatureJoins.of(documents.values()));
        this.byScope = byScope != null ? byScope : Lazy.of(this::groupByScope);
        this.filesByName = filesByName != null ? filesByName : Lazy.of(this::indexFileNames);
        this.decisions = decisions != null ? decisions : Lazy.of(this::indexDecisions);
        this.tickets = tickets != null ? tickets : Lazy.of(this::indexTickets);
    }

    public static WorkspaceIndex empty(LoadedConfig config) {
        return empty(ConfigSet.single(config));
    }

    public static WorkspaceIndex empty(ConfigSet configs) {
        return new WorkspaceIndex(
                configs,
                ImmutableSortedMap.of(),
                ImmutableSortedMap.of(),
                ImmutableSortedSet.of(),
                ImmutableSortedSet.of(),
                ImmutableSortedMap.of(),
                Map.of());
    }

    /** The configuration at the workspace root. */
    public LoadedConfig loadedConfig() {
        return configs.root();
    }

    public ConfigSet configs() {
        return configs;
    }

    /** The configuration that applies to a document: the nearest {@code .handoff.yaml} above it. */
    public HandoffConfig configFor(String path) {
        return configs.forPath(path).config();
    }

    /** The folder the configuration of {@code path} lives in (its folders and globs are relative to it). */
    public String configFolderFor(String path) {
        return configs.folderFor(path);
    }

    /** The ID grammar (prefixes, aliases) that applies to a document. */
    public IdGrammar grammarFor(String path) {
        String folder = configs.folderFor(path);
        return grammars.computeIfAbsent(
                folder, f -> new IdGrammar(configs.byFolder().get(f).config()));
    }

    public Map<String, HandoffDocument> documents() {
        return documents;
    }

    public Optional<HandoffDocument> document(String path) {
        return Optional.ofNullable(documents.get(path));
    }

    /** Files that exist but were not read, with the reason (too large, binary). */
    public Map<String, String> skipped() {
        return skipped;
    }

    /** Every folder that exists (for tests that compare snapshots; features ask {@link #dirExists}). */
    java.util.SortedSet<String> dirs() {
        return dirs;
    }

    /** Every file that exists (documents, plain and skipped files), in path order. */
    public java.util.SortedSet<String> files() {
        return files;
    }

    public boolean fileExists(String path) {
        return files.contains(path) || !folderLinks.isEmpty() && throughFolderLink(path, 0, files::contains);
    }

    public boolean dirExists(String path) {
        return path.isEmpty()
                || dirs.contains(path)
                || !folderLinks.isEmpty() && throughFolderLink(path, 0, dirs::contains);
    }

    /**
     * Whether {@code path}, written through a symbolic link to a folder inside the workspace, exists where the
     * link points ({@code docs/api.md} with {@code docs → site/docs}). Links within links are followed a few
     * times at most, so a loop of links cannot recurse for ever.
     */
    private boolean throughFolderLink(String path, int depth, java.util.function.Predicate<String> exists) {
        if (folderLinks.isEmpty() || depth > 8) {
            return false;
        }
        for (int slash = path.indexOf('/'); ; slash = path.indexOf('/', slash + 1)) {
            String prefix = slash < 0 ? path : path.substring(0, slash);
            String target = folderLinks.get(prefix);
            if (target != null) {
                String rest = slash < 0 ? "" : path.substring(slash + 1);
                String there = target.isEmpty() ? rest : rest.isEmpty() ? target : target + "/" + rest;
                return there.isEmpty() || exists.test(there) || throughFolderLink(there, depth + 1, exists);
            }
            if (slash < 0) {
                return false;
            }
        }
    }

    public boolean exists(String path) {
        return fileExists(path) || dirExists(path);
    }

    public int fileCount() {
        return files.size();
    }

    /** Files with this exact name anywhere, in path order. */
    public List<String> filesNamed(String name) {
        return filesByName.get().get(name);
    }

    /** Files whose name equals {@code name} ignoring case (wiki links). */
    public List<String> filesNamedIgnoreCase(String name) {
        return filesByName.get().get("\u0000" + name.toLowerCase(Locale.ROOT));
    }

    public List<HandoffDocument> decisions(int number) {
        return decisions.get().get(number);
    }

    public boolean hasDecisions() {
        return !decisions.get().isEmpty();
    }

    /** Tickets by id, compared ignoring case and a trailing ".md" (spec §12). */
    public List<HandoffDocument> tickets(String id) {
        return tickets.get().get(TicketIds.normalize(id));
    }

    public ScopeIndex scope(String scope) {
        return scopeCache.computeIfAbsent(
                scope, s -> new ScopeIndex(s, byScope.get().getOrDefault(s, List.of())));
    }

    public ScopeIndex scopeOf(HandoffDocument doc) {
        return scope(scopeKeyOf(doc));
    }

    /** The document's scope: its pipeline, or the pipelines joined with it by {@code feature:}. */
    public String scopeKeyOf(HandoffDocument doc) {
        String own = doc.location().scope();
        return featureJoins.get().getOrDefault(own, own);
    }

    public List<String> scopes() {
        return List.copyOf(new TreeSet<>(byScope.get().keySet()));
    }

    // ---- updates -------------------------------------------------------------------------------

    /** This snapshot with one document added or replaced. */
    public WorkspaceIndex withDocument(HandoffDocument doc) {
        return update(doc.path(), doc, null);
    }

    /** This snapshot with a file that exists but is not a document (or is ignored). */
    public WorkspaceIndex withPlainFile(String path) {
        return update(path, null, null);
    }

    /** This snapshot with a file that exists but was not read. */
    public WorkspaceIndex withSkipped(String path, String reason) {
        return update(path, null, reason);
    }

    public WorkspaceIndex withDirectory(String path) {
        if (dirs.contains(path)) {
            return this;
        }
        TreeSet<String> d = new TreeSet<>(dirs);
        addWithAncestors(d, path);
        return withDirs(d);
    }

    /**
     * This snapshot without a folder that is gone (deleted or moved away) and the folders under it; the
     * files under it go one by one ({@link #withoutFile}).
     */
    public WorkspaceIndex withoutDirectory(String path) {
        if (path.isEmpty() || !dirs.contains(path)) {
            return this;
        }
        TreeSet<String> d = new TreeSet<>(dirs);
        d.remove(path);
        d.subSet(path + "/", path + "/" + Character.MAX_VALUE).clear();
        return withDirs(d);
    }

    /** The same files, documents and derived data: a folder alone changes none of them. */
    private WorkspaceIndex withDirs(TreeSet<String> d) {
        return new WorkspaceIndex(
                configs,
                documents,
                skipped,
                files,
                ImmutableSortedSet.copyOfSorted(d),
                folderLinks,
                scopeCache,
                featureJoins,
                byScope,
                filesByName,
                decisions,
                tickets);
    }

    /** This snapshot without the file (deleted). Folders stay: deleting a file keeps its folder. */
    public WorkspaceIndex withoutFile(String path) {
        HandoffDocument old = documents.get(path);
        TreeSet<String> f = new TreeSet<>(files);
        f.remove(path);
        return next(documents.minus(path), skipped.minus(path), ImmutableSortedSet.copyOfSorted(f), dirs, old, null);
    }

    private WorkspaceIndex update(String path, HandoffDocument doc, String skipReason) {
        HandoffDocument old = documents.get(path);
        TreePMap<String, HandoffDocument> docs = doc != null ? documents.plus(path, doc) : documents.minus(path);
        TreePMap<String, String> sk = skipReason != null
                ? skipped.plus(path, skipReason)
                : skipped.containsKey(path) ? skipped.minus(path) : skipped;
        ImmutableSortedSet<String> f = files;
        ImmutableSortedSet<String> d = dirs;
        if (!files.contains(path)) {
            TreeSet<String> nf = new TreeSet<>(files);
            nf.add(path);
            f = ImmutableSortedSet.copyOfSorted(nf);
            TreeSet<String> nd = new TreeSet<>(dirs);
            addWithAncestors(nd, WorkspaceLayout.parent(path));
            d = ImmutableSortedSet.copyOfSorted(nd);
        }
        return next(docs, sk, f, d, old, doc);
    }

    /**
     * The snapshot after one file went from {@code old} to {@code now} (either may be null): scope indexes
     * the change cannot affect are carried over, and so is derived data it leaves valid, if it was computed.
     */
    private WorkspaceIndex next(
            TreePMap<String, HandoffDocument> docs,
            TreePMap<String, String> sk,
            ImmutableSortedSet<String> f,
            ImmutableSortedSet<String> d,
            HandoffDocument old,
            HandoffDocument now) {
        boolean joins = old != null && FeatureJoins.declares(old) || now != null && FeatureJoins.declares(now);
        Map<String, ScopeIndex> keep = Map.of(); // a feature: line may join or split scopes
        Lazy<Map<String, List<HandoffDocument>>> scopes = null;
        if (!joins) {
            keep = new HashMap<>(scopeCache);
            if (old != null) {
                keep.remove(scopeKeyOf(old));
            }
            if (now != null) {
                keep.remove(scopeKeyOf(now));
            }
            Map<String, List<HandoffDocument>> grouped = byScope.peek();
            if (grouped != null) {
                scopes = Lazy.ready(regrouped(grouped, old, now));
            }
        }
        return new WorkspaceIndex(
                configs,
                docs,
                sk,
                f,
                d,
                folderLinks,
                keep,
                joins || featureJoins.peek() == null ? null : featureJoins,
                scopes,
                f == files && filesByName.peek() != null ? filesByName : null,
                isKind(old, DocumentKind.DECISION) || isKind(now, DocumentKind.DECISION) || decisions.peek() == null
                        ? null
                        : decisions,
                isKind(old, DocumentKind.HANDOFF) || isKind(now, DocumentKind.HANDOFF) || tickets.peek() == null
                        ? null
                        : tickets);
    }

    private static boolean isKind(HandoffDocument d, DocumentKind kind) {
        return d != null && d.kind() == kind;
    }

    /** {@link #groupByScope} after one document changed, without regrouping the others (scopes unjoined). */
    private Map<String, List<HandoffDocument>> regrouped(
            Map<String, List<HandoffDocument>> grouped, HandoffDocument old, HandoffDocument now) {
        Map<String, List<HandoffDocument>> out = new HashMap<>(grouped);
        if (old != null) {
            String key = scopeKeyOf(old);
            List<HandoffDocument> list = new ArrayList<>(out.getOrDefault(key, List.of()));
            list.removeIf(x -> x.path().equals(old.path()));
            if (list.isEmpty()) {
                out.remove(key);
            } else {
                out.put(key, list);
            }
        }
        if (now != null) {
            String key = scopeKeyOf(now);
            List<HandoffDocument> list = new ArrayList<>(out.getOrDefault(key, List.of()));
            int at = 0;
            while (at < list.size() && list.get(at).path().compareTo(now.path()) < 0) {
                at++;
            }
            list.add(at, now);
            out.put(key, list);
        }
        return out;
    }

    static void addWithAncestors(TreeSet<String> dirs, String dir) {
        String d = dir;
        while (!d.isEmpty() && dirs.add(d)) {
            d = WorkspaceLayout.parent(d);
        }
    }

    // ---- derived data --------------------------------------------------------------------------

    private Map<String, List<HandoffDocument>> groupByScope() {
        Map<String, List<HandoffDocument>> out = new HashMap<>();
        documents
                .values()
                .forEach(d -> out.computeIfAbsent(scopeKeyOf(d), k -> new ArrayList<>())
                        .add(d));
        return out;
    }

    private ImmutableListMultimap<String, String> indexFileNames() {
        ImmutableListMultimap.Builder<String, String> b = ImmutableListMultimap.builder();
        for (String f : files) {
            String name = f.substring(f.lastIndexOf('/') + 1);
            b.put(name, f);
            b.put("\u0000" + name.toLowerCase(Locale.ROOT), f);
        }
        return b.build();
    }

    private ImmutableListMultimap<Integer, HandoffDocument> indexDecisions() {
        ImmutableListMultimap.Builder<Integer, HandoffDocument> b = ImmutableListMultimap.builder();
        documents.values().stream()
                .filter(d -> d.kind() == DocumentKind.DECISION && d.decisionNumber() != null)
                .forEach(d -> b.put(d.decisionNumber(), d));
        return b.build();
    }

    private ImmutableListMultimap<String, HandoffDocument> indexTickets() {
        ImmutableListMultimap.Builder<String, HandoffDocument> b = ImmutableListMultimap.builder();
        documents.values().stream()
                .filter(d -> d.kind() == DocumentKind.HANDOFF)
                .forEach(d -> TicketIds.of(d).ifPresent(id -> b.put(TicketIds.normalize(id.value()), d)));
        return b.build();
    }

    @Override
    public String toString() {
        return "WorkspaceIndex[" + documents.size() + " documents, " + files.size() + " files]";
    }
}
