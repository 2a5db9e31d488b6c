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
        if (base.isEmpty()) {
            return path;
        }
        if (path.startsWith(base + "/")) {
            return path.substring(base.length() + 1);
        }
        String[] b = base.split("/");
        String[] p = path.split("/");
        int common = 0;
        while (common < b.length && common < p.length - 1 && b[common].equals(p[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < b.length; i++) {
            sb.append("../");
        }
        for (int i = common; i < p.length; i++) {
            sb.append(p[i]).append(i < p.length - 1 ? "/" : "");
        }
        return sb.toString();
    }

    static String join(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
