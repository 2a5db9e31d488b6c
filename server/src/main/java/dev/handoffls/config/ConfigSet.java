package dev.handoffls.config;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Collection;
import java.util.Map;

/**
 * Every {@code .handoff.yaml} of a workspace by the folder that holds it (spec §8): the nearest one
 * above a file applies to it, whole (files are not merged); without any, the defaults apply.
 */
public final class ConfigSet {
    private final ImmutableSortedMap<String, LoadedConfig> byFolder;

    private ConfigSet(Map<String, LoadedConfig> byFolder) {
        this.byFolder = ImmutableSortedMap.copyOf(byFolder);
    }

    /** One configuration for the whole workspace (the root file, {@code --config FILE}, or defaults). */
    public static ConfigSet single(LoadedConfig config) {
        return new ConfigSet(Map.of("", config));
    }

    /** @param byFolder configurations keyed by the workspace-relative folder holding them */
    public static ConfigSet of(Map<String, LoadedConfig> byFolder) {
        java.util.Map<String, LoadedConfig> m = new java.util.TreeMap<>(byFolder);
        m.putIfAbsent("", LoadedConfig.defaults());
        return new ConfigSet(m);
    }

    public LoadedConfig root() {
        return byFolder.get("");
    }

    /** The folder whose configuration applies to {@code path}. */
    public String folderFor(String path) {
        String folder = WorkspaceLayout.parent(path);
        while (true) {
            if (byFolder.containsKey(folder)) {
                return folder;
            }
            if (folder.isEmpty()) {
                return "";
            }
            folder = WorkspaceLayout.parent(folder);
        }
    }

    public LoadedConfig forPath(String path) {
        return byFolder.get(folderFor(path));
    }

    public Map<String, LoadedConfig> byFolder() {
        return byFolder;
    }

    public Collection<LoadedConfig> all() {
        return byFolder.values();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigSet c && c.byFolder.keySet().equals(byFolder.keySet());
    }

    @Override
    public int hashCode() {
        return byFolder.keySet().hashCode();
    }
}
