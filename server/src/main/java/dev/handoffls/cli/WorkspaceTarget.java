package dev.handoffls.cli;

import dev.handoffls.config.ConfigSet;
import dev.handoffls.config.HandoffConfig;
import dev.handoffls.config.LoadedConfig;
import dev.handoffls.index.Trail;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Checker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One PATH of {@code trail} and {@code report}: the workspace root it selects (like {@code check}), the
 * scanned index, and the pipelines (scopes) with a document under PATH.
 */
record WorkspaceTarget(Path root, WorkspaceIndex index, Predicate<String> include, PathDisplay display) {

    static WorkspaceTarget open(Path currentDirectory, String pathArgument) throws UsageException, IOException {
        Path cwd = currentDirectory.toAbsolutePath().normalize();
        Path target = cwd.resolve(pathArgument).normalize();
        if (!Files.exists(target)) {
            throw new UsageException("no such file or folder: " + pathArgument);
        }
        target = target.toRealPath();
        Path root = WorkspaceRoot.find(target, cwd.toRealPath());
        ConfigSet configs = WorkspaceLoader.discoverConfigs(root);
        for (LoadedConfig c : configs.all()) {
            if (!c.problems().isEmpty()) {
                throw new UsageException("invalid configuration in " + (c.path() == null ? ".handoff.yaml" : c.path())
                        + ": " + c.problems().get(0).message() + " (see 'handoff-ls check')");
            }
        }
        WorkspaceIndex index = new WorkspaceLoader(root, configs).scan();
        String rel = root.relativize(target).toString().replace('\\', '/');
        return new WorkspaceTarget(root, index, Checker.under(List.of(rel)), new PathDisplay(root, cwd));
    }

    /** The pipelines with a document under PATH, by scope key, each with its trail. */
    TreeMap<String, Trail> pipelineTrails() {
        TreeMap<String, Trail> out = new TreeMap<>();
        for (HandoffDocument d : index.documents().values()) {
            if (d.location().inPipeline() && include.test(d.path())) {
                String scope = index.scopeKeyOf(d);
                out.computeIfAbsent(scope, s -> index.scope(s).trail(configOf(s)));
            }
        }
        return out;
    }

    /** A scope's configuration: the one of its first document. */
    HandoffConfig configOf(String scope) {
        Optional<HandoffDocument> first =
                index.scope(scope).documents().stream().findFirst();
        return first.map(d -> index.configFor(d.path())).orElseGet(() -> index.configFor(""));
    }
}
