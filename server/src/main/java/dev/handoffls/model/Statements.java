package dev.handoffls.model;

import java.util.regex.Pattern;

/** Statement comparison after normalising whitespace, line endings and markdown emphasis (spec §7). */
public final class Statements {
    private static final Pattern EMPHASIS =
            Pattern.compile("(\\*\\*|__|\\*|(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}])|~~)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Statements() {}

    public static String normalize(String statement) {
        if (isPlain(statement)) {
            return statement.trim(); // what the regexes would return, without running them on every check
        }
        String s = EMPHASIS.matcher(statement).replaceAll("");
        return SPACE.matcher(s).replaceAll(" ").trim();
    }

    /** No emphasis marker and no whitespace other than single spaces. */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '_' || c == '~') {
                return false;
            }
            if (Character.isWhitespace(c)
                    && (c != ' ' || i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** The statement in quotes for a message, cut to {@code max} characters with an ellipsis. */
    public static String quote(String statement, int max) {
        String s = statement == null ? "" : statement.strip();
        return "\"" + (s.length() > max ? s.substring(0, max - 1) + "…" : s) + "\"";
    }
}
