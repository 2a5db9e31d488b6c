package dev.handoffls.features.lead;

import dev.handoffls.model.HandoffDocument;

/** Workspace-relative path arithmetic for annotations and generated files. */
final class Paths {
    private Paths() {
    }

    /** The folder PT source annotations are relative to: the pipeline folder, else the PT's own folder. */
    static String annotationBase(HandoffDocument anyDocOfScope, String ptFolder) {
        String pipeline = anyDocOfScope.location().pipelineFolder();
        return pipeline != null ? pipeline : ptFolder;
    }

    /** {@code path} relative to {@code base} ("../" where needed). */
    static String relative(String base, String path) {
        return dev.handoffls.index.PathResolver.relativize(base, path);
    }

    static String join(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
