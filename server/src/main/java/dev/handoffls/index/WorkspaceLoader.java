package dev.handoffls.index;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.handoffls.config.ConfigLoader;
import dev.handoffls.config.ConfigSet;
import dev.handoffls.config.HandoffConfig;
import dev.handoffls.config.LoadedConfig;
import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.Problem;
import dev.handoffls.parse.DocumentParser;
import dev.handoffls.parse.SectionCache;
import dev.handoffls.text.DecodedText;
import dev.handoffls.text.DocumentText;
import dev.handoffls.text.Range;
import dev.handoffls.util.RegularFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a workspace folder from disk into a {@link WorkspaceIndex}: walks every file (documents are
 * parsed in parallel), and refreshes a snapshot one file at a time. Nothing outside the root is
 * read; symbolic links are never read through ({@link SymbolicLinks}: a target inside the root is read
 * where it lives).
 */
public final class WorkspaceLoader {
    private static final Logger LOG = Logger.getLogger(WorkspaceLoader.class.getName());
    private static final Set<String> NOT_WALKED = FolderWalk.NOT_WALKED;
    /**
     * The command line's result cache at the root: not part of the workspace at all (not even as an
     * existing path), so that writing it never changes what a check sees.
     */
    public static final String CACHE_FOLDER = FolderWalk.CACHE_FOLDER;

    /** Whether the walk goes into a folder of this name (one it does not go into is still an existing path). */
    public static boolean entersFolder(String name) {
        return !NOT_WALKED.contains(name);
    }

    /** A configuration is a few lines; reading a huge one would only exhaust memory. */
    private static final long MAX_CONFIG_SIZE = 1024 * 1024;

    private final Path root;
    private final ConfigSet configs;
    private final Map<String, DocumentParser> parsers = new java.util.concurrent.ConcurrentHashMap<>();
    private final FolderWalk.FolderCheck folderCheck;

    /** One configuration for every document. */
    public WorkspaceLoader(Path root, LoadedConfig config) {
        this(root, ConfigSet.single(config));
    }

    /** The nearest configuration above each document applies to it. */
    public WorkspaceLoader(Path root, ConfigSet configs) {
        this(root, configs, FolderWalk.FolderCheck.NONE);
    }

    /** @param folderCheck throws for a folder the walk must treat as unreadable (tests: root can read anything) */
    WorkspaceLoader(Path root, ConfigSet configs, FolderWalk.FolderCheck folderCheck) {
        this.root = root.toAbsolutePath().normalize();
        this.configs = configs;
        this.folderCheck = folderCheck;
    }

    /** Every {@code .handoff.yaml} under the root (outside folders that are never walked). */
    public static ConfigSet discoverConfigs(Path root) throws IOException {
        Path r = root.toAbsolutePath().normalize();
        Map<String, LoadedConfig> found = new java.util.TreeMap<>();
        Files.walkFileTree(r, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(r) && NOT_WALKED.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (file.getFileName().toString().equals(ConfigLoader.FILE_NAME) && attrs.isRegularFile()) {
                    String rel = r.relativize(file).toString().replace('\\', '/');
                    found.put(WorkspaceLayout.parent(rel), readConfigFile(file, rel));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return ConfigSet.of(found);
    }

    public ConfigSet configs() {
        return configs;
    }

    /**
     * Every {@code .handoff.yaml} among the files of a walk: the same answer as {@link #discoverConfigs}
     * without walking the folder a second time (a walk does not depend on the configuration).
     */
    public static ConfigSet configsIn(Path root, Walk walk) throws IOException {
        Path r = root.toAbsolutePath().normalize();
        Map<String, LoadedConfig> found = new java.util.TreeMap<>();
        for (String rel : walk.files()) {
            if ((rel.equals(ConfigLoader.FILE_NAME) || rel.endsWith("/" + ConfigLoader.FILE_NAME))
                    && Files.isRegularFile(r.resolve(rel), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                found.put(WorkspaceLayout.parent(rel), readConfigFile(r.resolve(rel), rel));
            }
        }
        return ConfigSet.of(found);
    }

    private DocumentParser parserFor(String path) {
        String folder = configs.folderFor(path);
        return parsers.computeIfAbsent(
                folder,
                f -> new DocumentParser(
                        new WorkspaceLayout(configs.byFolder().get(f).config(), f)));
    }

    /** Loads {@code .handoff.yaml} at the root (defaults when there is none). */
    public static LoadedConfig readConfig(Path root) throws IOException {
        Path file = root.resolve(ConfigLoader.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return LoadedConfig.defaults();
        }
        return readConfigFile(file, ConfigLoader.FILE_NAME);
    }

    /** Reads a configuration file; one that is not a regular file or is over 1MB is a problem, not read. */
    public static LoadedConfig readConfigFile(Path file, String displayPath) throws IOException {
        RegularFiles.Content content = RegularFiles.read(file, MAX_CONFIG_SIZE);
        if (content instanceof RegularFiles.Bytes bytes) {
            return ConfigLoader.load(
                    displayPath, DecodedText.decode(bytes.bytes()).text());
        }
        String problem = content instanceof RegularFiles.NotRegular notRegular
                ? notRegular.reason()
                : "larger than 1MB (" + ((RegularFiles.TooLarge) content).sizes() + "); not read";
        return new LoadedConfig(
                displayPath,
                HandoffConfig.defaults(),
                List.of(new Problem(Range.of(0, 0, 0, 0), "the configuration is " + problem)));
    }

    public Path root() {
        return root;
    }

    /** The configuration at the root (the defaults where there is none). */
    public LoadedConfig config() {
        return configs.root();
    }

    /** Parses text the editor holds (open documents override the disk). */
    public HandoffDocument parse(String path, String text) {
        return parserFor(path).parse(path, new DocumentText(text), 0);
    }

    /** An open document's new version, re-parsing only the sections that changed since {@code sections} was last used. */
    public HandoffDocument parse(String path, String text, SectionCache sections) {
        return parserFor(path).parse(path, new DocumentText(text), 0, sections);
    }

    /**
     * Every file and folder under the root; fast (no file is read).
     *
     * @param unreadable  folders (and files) the walk could not read, with the reason: their documents are missing
     * @param folderLinks symbolic links to folders inside the workspace → their target ({@link SymbolicLinks})
     * @param notFollowed symbolic links not followed (outside the workspace, dangling, a loop) → why
     */
    public record Walk(
            ImmutableSortedSet<String> files,
            ImmutableSortedSet<String> dirs,
            ImmutableSortedMap<String, String> unreadable,
            ImmutableSortedMap<String, String> folderLinks,
            ImmutableSortedMap<String, String> notFollowed) {}

    /** Reads and parses everything: {@link #walk()} then {@link #index(Walk, IntConsumer)}. */
    public WorkspaceIndex scan() {
        return index(walk(), n -> {});
    }

    public Walk walk() {
        return FolderWalk.of(root, folderCheck);
    }

    /** An index that knows every existing path but holds no documents yet (for checks while indexing). */
    public WorkspaceIndex bootstrap(Walk walk) {
        return new WorkspaceIndex(
                configs,
                ImmutableSortedMap.of(),
                ImmutableSortedMap.of(),
                walk.files(),
                walk.dirs(),
                walk.folderLinks(),
                Map.of());
    }

    /** How many documents a walk holds, for progress reports. */
    public long documentCount(Walk walk) {
        return walk.files().stream().filter(this::isDocumentCandidate).count();
    }

    /** Parses every document of a walk in parallel; {@code progress} gets the running count. */
    public WorkspaceIndex index(Walk walk, IntConsumer progress) {
        Map<String, HandoffDocument> docs = new ConcurrentSkipListMap<>();
        Map<String, String> skipped = new ConcurrentSkipListMap<>();
        AtomicInteger done = new AtomicInteger();
        List<String> vanished = java.util.Collections.synchronizedList(new ArrayList<>());
        walk.files().parallelStream().filter(this::isDocumentCandidate).forEach(path -> {
            Loaded l = load(path, true);
            if (l.document != null) {
                docs.put(path, l.document);
            } else if (l.skipReason != null) {
                skipped.put(path, l.skipReason);
            } else if (!Files.exists(absolute(path), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                // Vanished between the walk and the read: it is gone.
                vanished.add(path);
            }
            progress.accept(done.incrementAndGet());
        });
        TreeSet<String> files = new TreeSet<>(walk.files());
        files.removeAll(vanished);
        return new WorkspaceIndex(
                configs,
                ImmutableSortedMap.copyOf(docs),
                ImmutableSortedMap.copyOf(skipped),
                ImmutableSortedSet.copyOfSorted(files),
                walk.dirs(),
                walk.folderLinks(),
                Map.of());
    }

    /** The snapshot after the file at {@code path} was created, changed or deleted on disk. */
    public WorkspaceIndex refresh(WorkspaceIndex index, String path) {
        if (path.equals(CACHE_FOLDER) || path.startsWith(CACHE_FOLDER + "/")) {
            return index; // as the walk: never part of the workspace
        }
        Path abs = absolute(path);
        if (Files.isDirectory(abs, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return index.withDirectory(path);
        }
        if (!Files.exists(abs, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return withoutGoneFolders(index.withoutFile(path).withoutDirectory(path), path);
        }
        if (!isDocumentCandidate(path)) {
            return index.withPlainFile(path);
        }
        Loaded l = load(path, false);
        if (l.document != null) {
            return index.withDocument(l.document);
        }
        if (l.skipReason != null) {
            return index.withSkipped(path, l.skipReason);
        }
        return index.withoutFile(path);
    }

    /**
     * The index without the folders of a deleted path that are gone from disk too: a client may report a
     * deleted folder only as its files (and a folder emptied file by file, but still there, stays).
     */
    private WorkspaceIndex withoutGoneFolders(WorkspaceIndex index, String path) {
        for (String dir = WorkspaceLayout.parent(path);
                !dir.isEmpty()
                        && index.dirs().contains(dir)
                        && !Files.isDirectory(absolute(dir), java.nio.file.LinkOption.NOFOLLOW_LINKS);
                dir = WorkspaceLayout.parent(dir)) {
            index = index.withoutDirectory(dir);
        }
        return index;
    }

    /** A markdown file (or a phase's {@code L1-index.yaml}, for its IDs) that no {@code ignore} glob excludes. */
    public boolean isDocumentCandidate(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".md") || lower.endsWith(".markdown") || DocumentParser.isL1Index(path))
                && !parserFor(path).layout().isIgnored(path);
    }

    private record Loaded(HandoffDocument document, String skipReason) {}

    /**
     * @param budgeted parse within the {@link ParseBudget}: a scan's parallel parses; not one file's refresh,
     *                 which the editor's session thread must never wait for
     */
    private Loaded load(String path, boolean budgeted) {
        Path abs = absolute(path);
        try {
            if (Files.isSymbolicLink(abs)) {
                // Reached through a link: indexed where it really lives, never followed out of the root.
                return new Loaded(null, null);
            }
            RegularFiles.Content content =
                    RegularFiles.read(abs, configs.forPath(path).config().maxFileSize());
            if (content instanceof RegularFiles.NotRegular notRegular) {
                return new Loaded(null, notRegular.reason());
            }
            if (content instanceof RegularFiles.TooLarge tooLarge) {
                return new Loaded(null, "larger than maxFileSize (" + tooLarge.sizes() + ")");
            }
            DecodedText decoded = DecodedText.decode(((RegularFiles.Bytes) content).bytes());
            content = null; // the bytes, a second copy of the text, are not kept through the parse
            if (decoded.binary()) {
                return new Loaded(null, "binary content (NUL bytes), not markdown");
            }
            DocumentText text = new DocumentText(decoded.text());
            Supplier<HandoffDocument> parse = () -> parserFor(path).parse(path, text, decoded.invalidSequences());
            return new Loaded(budgeted ? ParseBudget.parse(ParseBudget.cost(text.text()), parse) : parse.get(), null);
        } catch (NoSuchFileException e) {
            return new Loaded(null, null);
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "cannot read " + path + ": " + e.getMessage());
            return new Loaded(null, "cannot be read: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.SEVERE, "parser failed on " + path, e);
            return new Loaded(null, "could not be parsed (" + e.getClass().getSimpleName() + "); please report this");
        }
    }

    public String relative(Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    public Path absolute(String relative) {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("outside the workspace: " + relative);
        }
        return p;
    }
}
