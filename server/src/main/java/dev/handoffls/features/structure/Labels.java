package dev.handoffls.features.structure;

import java.util.regex.Pattern;

/** Short one-line texts for symbol details and completion items. */
final class Labels {
    static final int MAX = 80;
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Labels() {}

    /** Whitespace (line breaks included) collapsed, cut to {@value #MAX} chars with an ellipsis. */
    static String oneLine(String text) {
        String s = SPACE.matcher(text == null ? "" : text).replaceAll(" ").trim();
        if (s.length() <= MAX) {
            return s;
        }
        int cut = MAX - 1;
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--; // never split a surrogate pair (emoji)
        }
        return s.substring(0, cut) + "…";
    }
}
