package dev.handoffls.rules.refs;

import dev.handoffls.index.WorkspaceIndex;

/**
 * Whether a document belongs to an mkdocs site: an {@code mkdocs.yml} (or {@code .yaml}) in its folder or
 * a folder above. The site's {@code docs_dir} is not read: below that folder both GitHub's and
 * python-markdown's anchors are accepted, so the only cost is a missed finding for a page outside
 * {@code docs_dir} linked with a python-markdown anchor that GitHub would spell differently.
 */
final class MkdocsSite {
    private MkdocsSite() {}

    static boolean covers(WorkspaceIndex index, String documentPath) {
        String folder = documentPath;
        while (folder.contains("/")) {
            folder = folder.substring(0, folder.lastIndexOf('/'));
            if (hasConfig(index, folder + "/")) {
                return true;
            }
        }
        return hasConfig(index, "");
    }

    private static boolean hasConfig(WorkspaceIndex index, String prefix) {
        return index.exists(prefix + "mkdocs.yml") || index.exists(prefix + "mkdocs.yaml");
    }
}
