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
    /** Literal text every match contains (the longest run outside wildcards and braces); may be empty. */
    private final String required;

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
        this.required = longestLiteral(p);
    }

    /**
     * The longest run of characters every match contains: outside wildcards and braces (alternatives, or
     * literal when unclosed: skipped either way), and not the '/' of {@code **}{@code /} (zero folders).
     */
    static String longestLiteral(String pattern) {
        int bestStart = 0;
        int bestEnd = 0;
        int runStart = 0;
        boolean inBraces = false;
        for (int i = 0; i <= pattern.length(); i++) {
            char c = i < pattern.length() ? pattern.charAt(i) : '*';
            boolean optional = c == '/' && i > 0 && pattern.charAt(i - 1) == '*';
            if (c == '{') {
                inBraces = true;
            }
            if (inBraces || c == '*' || c == '?' || optional) {
                if (i - runStart > bestEnd - bestStart) {
                    bestStart = runStart;
                    bestEnd = i;
                }
                runStart = i + 1;
            }
            if (c == '}') {
                inBraces = false;
            }
        }
        return pattern.substring(bestStart, bestEnd);
    }

    public String pattern() {
        return pattern;
    }

    /** Whether {@code path} or one of the folders above it matches. */
    public boolean matches(String path) {
        if (!path.contains(required)) {
            return false; // most paths, against most patterns: no automaton run, no split
        }
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
