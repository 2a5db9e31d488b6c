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
}
