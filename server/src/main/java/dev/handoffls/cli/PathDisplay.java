package dev.handoffls.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows workspace-relative paths relative to the current directory, with '/' separators. Each path is
 * worked out once: a report names the same few files once per finding (25,000 times with 50k IDs).
 */
final class PathDisplay {
    private final Path root;
    private final Path cwd;
    /** A memo, not part of the value: two displays of the same root and directory are equal. */
    private final Map<String, String> shown = new ConcurrentHashMap<>();

    PathDisplay(Path root, Path cwd) {
        this.root = root;
        this.cwd = cwd;
    }

    Path root() {
        return root;
    }

    Path cwd() {
        return cwd;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathDisplay d && root.equals(d.root) && cwd.equals(d.cwd);
    }

    @Override
    public int hashCode() {
        return Objects.hash(root, cwd);
    }

    /** As JSON and SARIF write it (their encoder escapes what it must). */
    String show(String workspacePath) {
        return shown.computeIfAbsent(workspacePath, p -> {
            Path abs = root.resolve(p).normalize();
            return cwd.relativize(abs).toString().replace('\\', '/');
        });
    }

    /** As text output writes it: {@link #show} with control characters escaped ({@link #escape}). */
    String text(String workspacePath) {
        return escape(show(workspacePath));
    }

    /**
     * A file name may hold a newline or a terminal escape; printed as is it would forge a line of the output
     * (a fake finding, or a fake "0 errors" in a CI log). Newline, carriage return and tab become
     * {@code \n}, {@code \r}, {@code \t}; other C0 and C1 controls and DEL {@code \xNN}; the Unicode line
     * and paragraph separators {@code \u2028}/{@code \u2029}.
     */
    static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = escaped(c);
            if (escaped != null && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                out.append(escaped != null ? escaped : String.valueOf(c));
            }
        }
        return out == null ? s : out.toString();
    }

    private static String escaped(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\u2028', '\u2029' -> String.format("\\u%04x", (int) c);
            default -> c < 0x20 || c >= 0x7F && c <= 0x9F ? String.format("\\x%02x", (int) c) : null;
        };
    }
}
