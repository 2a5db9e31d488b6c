package dev.handoffls.lsp;

import dev.handoffls.config.ConfigLoader;
import dev.handoffls.config.ConfigSet;
import dev.handoffls.config.LoadedConfig;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the indexer thread read from disk for one folder, under the configuration generation it was asked
 * for. Built off the session executor (it touches no session state); {@link WorkspaceSession#apply} lands
 * it only if that generation is still current.
 *
 * @param walk the folder's files (null after a rescan, which parses in one go)
 * @param full every document parsed (false: a bootstrap walk, existence only)
 */
record FolderScan(
        long generation, WorkspaceLoader loader, WorkspaceLoader.Walk walk, WorkspaceIndex index, boolean full) {
    private static final Logger LOG = Logger.getLogger(FolderScan.class.getName());

    /** Reads every {@code .handoff.yaml} and walks the folder (fast): open documents can be checked early. */
    static FolderScan bootstrap(Path root, long generation) {
        WorkspaceLoader.Walk walk = walk(root);
        WorkspaceLoader loader = new WorkspaceLoader(root, readConfig(root, walk));
        return new FolderScan(generation, loader, walk, loader.bootstrap(walk), false);
    }

    /** Parses every document this bootstrap walk found. */
    FolderScan parseAll(IntConsumer progress, LongConsumer total) {
        total.accept(loader.documentCount(walk));
        return new FolderScan(generation, loader, walk, loader.index(walk, progress), true);
    }

    /** {@code .handoff.yaml} changed: a new configuration means every document is read and parsed again. */
    static FolderScan rescan(Path root, long generation) {
        WorkspaceLoader.Walk walk = walk(root);
        WorkspaceLoader loader = new WorkspaceLoader(root, readConfig(root, walk));
        return new FolderScan(generation, loader, null, loader.index(walk, n -> {}), true);
    }

    /** One walk finds both the files and the configurations (the walk does not depend on them). */
    private static WorkspaceLoader.Walk walk(Path root) {
        WorkspaceLoader.Walk walk = new WorkspaceLoader(root, LoadedConfig.defaults()).walk();
        logUnreadable(root, walk);
        return walk;
    }

    /** One warning per scan (the client shows it as a log message) naming what the walk could not read. */
    static void logUnreadable(Path root, WorkspaceLoader.Walk walk) {
        if (walk.unreadable().isEmpty()) {
            return;
        }
        String some = walk.unreadable().entrySet().stream()
                .limit(10)
                .map(e -> (e.getKey().isEmpty() ? "." : e.getKey()) + " (" + e.getValue() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        int n = walk.unreadable().size();
        LOG.warning("cannot read " + n + (n == 1 ? " path" : " paths") + " in " + root + ", whose documents are not"
                + " checked: " + some + (n > 10 ? ", …" : ""));
    }

    /** Every {@code .handoff.yaml} of the walk; problems in them are HL001 findings, not failures. */
    private static ConfigSet readConfig(Path root, WorkspaceLoader.Walk walk) {
        try {
            return WorkspaceLoader.configsIn(root, walk);
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "cannot read " + ConfigLoader.FILE_NAME + " files in " + root + ": " + e.getMessage());
            return ConfigSet.single(LoadedConfig.defaults());
        }
    }
}
