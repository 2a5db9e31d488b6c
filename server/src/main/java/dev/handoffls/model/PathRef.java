package dev.handoffls.model;

import dev.handoffls.text.Range;

/**
 * A path-like token in a place where the server checks it.
 *
 * @param text           the path as written (suffixes like {@code :12-30} removed)
 * @param range          the token's range
 * @param context        where it was found, which decides the rule that checks it
 * @param needsRootCheck true for a bare token with a '/' and no known extension: it only counts as
 *                       a path when its first segment exists in a resolution root
 * @param baseDir        for {@code Verify X exists in DIR/}: the folder X is looked up in, else null
 */
public record PathRef(String text, Range range, Context context, boolean needsRootCheck, String baseDir) {

    public enum Context {
        TASK,
        ARTIFACT,
        DIRECTIVE_INPUT,
        LINK
    }

    public boolean isDirectory() {
        return text.endsWith("/");
    }
}
