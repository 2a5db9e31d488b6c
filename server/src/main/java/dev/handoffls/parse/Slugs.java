package dev.handoffls.parse;

import java.util.Locale;

/** GitHub's heading anchor rules: lower-case, punctuation dropped, spaces to hyphens. */
public final class Slugs {
    private Slugs() {}

    public static String slug(String headingText) {
        StringBuilder sb = new StringBuilder();
        String lower = headingText.trim().toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                sb.appendCodePoint(cp);
            } else if (cp == ' ') {
                sb.append('-');
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
