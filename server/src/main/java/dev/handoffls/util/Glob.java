package dev.handoffls.util;

/**
 * A gitignore-style glob over workspace-relative paths with '/' separators. A pattern without '/'
 * matches any single path segment ({@code node_modules}); a pattern with '/' is anchored at the root,
 * where {@code **}{@code /} matches zero or more folders. A pattern that matches a folder matches
 * everything below it. Matching takes time linear in the path for a given pattern ({@link GlobAutomaton}).
 */
public final class Glob {
    private final String pattern;
    private final GlobAutomaton automaton;
    private final boolean segmentPattern;

    public Glob(String pattern) {
        String p = pattern.trim();
        if (p.startsWith("./")) {
            p = p.substring(2);
        }
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        this.pattern = pattern;
        this.segmentPattern = !p.contains("/");
        this.automaton = new GlobAutomaton(p);
    }

    public String pattern() {
        return pattern;
    }

    /** Whether {@code path} or one of the folders above it matches. */
    public boolean matches(String path) {
        if (segmentPattern) {
            for (String segment : path.split("/")) {
                if (automaton.matches(segment)) {
                    return true;
                }
            }
            return false;
        }
        return automaton.matchesPathOrFolderAbove(path);
    }

    /** Matches one name (a folder name) against the pattern, for {@code coordinatorFolders}. */
    public boolean matchesName(String name) {
        return automaton.matches(name);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
