package dev.handoffls.util;

import java.util.regex.Pattern;

/**
 * A gitignore-style glob over workspace-relative paths with '/' separators. A pattern without '/'
 * matches any single path segment ({@code node_modules}); a pattern with '/' is anchored at the root,
 * where {@code **}{@code /} matches zero or more folders. A pattern that matches a folder matches
 * everything below it.
 */
public final class Glob {
    private final String pattern;
    private final Pattern regex;
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
        this.regex = Pattern.compile(toRegex(p));
    }

    public String pattern() {
        return pattern;
    }

    /** Whether {@code path} or one of the folders above it matches. */
    public boolean matches(String path) {
        if (segmentPattern) {
            for (String segment : path.split("/")) {
                if (regex.matcher(segment).matches()) {
                    return true;
                }
            }
            return false;
        }
        if (regex.matcher(path).matches()) {
            return true;
        }
        int slash = path.indexOf('/');
        while (slash >= 0) {
            if (regex.matcher(path.substring(0, slash)).matches()) {
                return true;
            }
            slash = path.indexOf('/', slash + 1);
        }
        return false;
    }

    /** Matches one name (a folder name) against the pattern, for {@code coordinatorFolders}. */
    public boolean matchesName(String name) {
        return regex.matcher(name).matches();
    }

    static String toRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                if (doubleStar) {
                    boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                    sb.append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 2 : 1;
                } else {
                    sb.append("[^/]*");
                }
            } else if (c == '?') {
                sb.append("[^/]");
            } else if (c == '{') {
                int close = glob.indexOf('}', i);
                if (close < 0) {
                    sb.append("\\{");
                } else {
                    sb.append("(?:");
                    String[] alternatives = glob.substring(i + 1, close).split(",", -1);
                    for (int a = 0; a < alternatives.length; a++) {
                        sb.append(a > 0 ? "|" : "").append(Pattern.quote(alternatives[a]));
                    }
                    sb.append(")");
                    i = close;
                }
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
