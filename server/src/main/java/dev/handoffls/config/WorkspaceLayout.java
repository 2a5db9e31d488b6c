package dev.handoffls.config;

import dev.handoffls.model.Placement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps workspace-relative paths to pipelines, phases and folders under one configuration (spec §2). */
public final class WorkspaceLayout {
    private static final Pattern PHASE = Pattern.compile("(?i)^(phase-?|p)(\\d+)$");

    private final HandoffConfig config;
    private final String base;
    private final List<String> rootSegments;

    public WorkspaceLayout(HandoffConfig config) {
        this(config, "");
    }

    /**
     * @param base the folder holding the configuration: its folders and globs are relative to it
     */
    public WorkspaceLayout(HandoffConfig config, String base) {
        this.config = config;
        this.base = base;
        this.rootSegments = List.of(config.pipelineRoot().split("/"));
    }

    public String base() {
        return base;
    }

    /** {@code path} relative to the configuration's folder. */
    public String relative(String path) {
        return base.isEmpty() ? path : path.startsWith(base + "/") ? path.substring(base.length() + 1) : path;
    }

    /** A folder the configuration names, as a workspace-relative path. */
    public String absolute(String folder) {
        if (base.isEmpty()) {
            return folder;
        }
        return folder.isEmpty() || folder.equals(".") ? base : base + "/" + folder;
    }

    public boolean isIgnored(String path) {
        return config.isIgnored(relative(path));
    }

    public HandoffConfig config() {
        return config;
    }

    public Placement locate(String path) {
        String folder = parent(path);
        String[] scope = scopeAndFolder(relative(path));
        if (scope[1] == null) {
            return new Placement(Placement.DEFAULT_SCOPE, null, phaseOf(folder), folder);
        }
        String pipelineFolder = absolute(scope[1]);
        String key = scope[0].startsWith("pipeline:") && !base.isEmpty()
                ? "pipeline:" + base + ":" + scope[0].substring(9)
                : scope[0].startsWith("pipeline:") ? scope[0] : pipelineFolder;
        return new Placement(key, pipelineFolder, phaseOf(folder), folder);
    }

    /** [scope key, pipeline folder]; configured pipelines win over the folder convention. */
    private String[] scopeAndFolder(String path) {
        for (Map.Entry<String, List<String>> p : config.pipelines().entrySet()) {
            for (String folder : p.getValue()) {
                if (path.startsWith(folder + "/")) {
                    return new String[] {"pipeline:" + p.getKey(), folder};
                }
            }
        }
        String[] segments = path.split("/");
        // The pipeline folder is the one directly below pipelineRoot; the file must be inside it.
        for (int i = 0; i + rootSegments.size() + 1 < segments.length; i++) {
            boolean match = true;
            for (int j = 0; j < rootSegments.size() && match; j++) {
                match = segments[i + j].equals(rootSegments.get(j));
            }
            if (match) {
                String folder = String.join("/", List.of(segments).subList(0, i + rootSegments.size() + 1));
                return new String[] {folder, folder};
            }
        }
        return new String[] {Placement.DEFAULT_SCOPE, null};
    }

    /** The number of the nearest whole path segment like {@code phase-3}, {@code phase3} or {@code p3}. */
    public static Integer phaseOf(String folder) {
        if (folder.isEmpty()) {
            return null;
        }
        String[] segments = folder.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            Matcher m = PHASE.matcher(segments[i]);
            if (m.matches() && m.group(2).length() < 6) {
                return Integer.parseInt(m.group(2));
            }
        }
        return null;
    }

    public boolean inCoordinatorFolder(String path) {
        String folder = parent(path);
        String name = folder.substring(folder.lastIndexOf('/') + 1);
        return !name.isEmpty() && config.isCoordinatorFolder(name);
    }

    public static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
