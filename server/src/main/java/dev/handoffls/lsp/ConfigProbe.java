package dev.handoffls.lsp;

import dev.handoffls.config.ConfigLoader;
import dev.handoffls.config.ConfigSet;
import dev.handoffls.config.LoadedConfig;
import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.index.WorkspaceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Before the first walk ends: the {@code .handoff.yaml} files above open documents, read directly, so that
 * those documents are parsed and checked under the configuration the walk will find (the nearest one above
 * a document applies, so its folders are all that matter). A folder the walk would not read the same way —
 * a link, one it never enters, one it cannot list — leaves its documents to wait for the walk.
 *
 * <p>Owned by the session executor.
 */
final class ConfigProbe {
    private static final Logger LOG = Logger.getLogger(ConfigProbe.class.getName());

    private final Path root;
    /** Folder → whether the walk would read its configuration as the probe did. */
    private final Map<String, Boolean> probed = new HashMap<>();

    private final Map<String, LoadedConfig> found = new TreeMap<>();
    private ConfigSet configs = ConfigSet.of(Map.of());

    ConfigProbe(Path root) {
        this.root = root;
    }

    /** Whether the configuration of {@code path} is known, reading the folders above it not read yet. */
    boolean covers(String path) {
        for (String folder : foldersAbove(path)) {
            if (!probed.computeIfAbsent(folder, this::probe)) {
                return false;
            }
        }
        return true;
    }

    /** The configurations found so far: the same instance until another is found. */
    ConfigSet configs() {
        return configs;
    }

    private static Deque<String> foldersAbove(String path) {
        Deque<String> out = new ArrayDeque<>();
        String folder = WorkspaceLayout.parent(path);
        while (!folder.isEmpty()) {
            out.addFirst(folder);
            folder = WorkspaceLayout.parent(folder);
        }
        out.addFirst("");
        return out;
    }

    private boolean probe(String folder) {
        Path dir = root.resolve(folder);
        if (!folder.isEmpty()
                && (!WorkspaceLoader.entersFolder(dir.getFileName().toString())
                        || folder.equals(WorkspaceLoader.CACHE_FOLDER)
                        || Files.isSymbolicLink(dir))) {
            return false;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || !Files.isReadable(dir)) {
            return false;
        }
        Path file = dir.resolve(ConfigLoader.FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return true; // as the walk: only a regular file is a configuration
        }
        try {
            String display = folder.isEmpty() ? ConfigLoader.FILE_NAME : folder + "/" + ConfigLoader.FILE_NAME;
            found.put(folder, WorkspaceLoader.readConfigFile(file, display));
            configs = ConfigSet.of(found);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.fine("cannot read " + file + " before the walk: " + e.getMessage());
            return false;
        }
    }
}
