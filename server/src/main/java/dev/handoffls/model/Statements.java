package dev.handoffls.model;

import java.util.regex.Pattern;

/** Statement comparison after normalising whitespace, line endings and markdown emphasis (spec §7). */
public final class Statements {
    private static final Pattern EMPHASIS =
            Pattern.compile("(\\*\\*|__|\\*|(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}])|~~)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Statements() {}

    public static String normalize(String statement) {
        String s = EMPHASIS.matcher(statement).replaceAll("");
        return SPACE.matcher(s).replaceAll(" ").trim();
    }

    /** The statement in quotes for a message, cut to {@code max} characters with an ellipsis. */
    public static String quote(String statement, int max) {
        String s = statement == null ? "" : statement.strip();
        return "\"" + (s.length() > max ? s.substring(0, max - 1) + "…" : s) + "\"";
    }
}
