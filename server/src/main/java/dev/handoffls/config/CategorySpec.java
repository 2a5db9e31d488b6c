package dev.handoffls.config;

import java.util.List;
import java.util.Locale;

/**
 * One handoff category and the PT registry section that holds its items.
 *
 * @param prefix      the ID prefix it owns (null: Artifacts / Impact Map, which hold no IDs)
 * @param l2Name      canonical L2 heading text (for templates and messages)
 * @param l2Words     leading words that recognise the L2 category heading, in any case
 * @param ptName      canonical PT section heading, or null when the category has none
 * @param ptWords     leading words that recognise the PT section
 */
public record CategorySpec(String prefix, String l2Name, List<String> l2Words, String ptName, List<String> ptWords) {

    public boolean matchesL2(String headingText) {
        return startsWithAny(headingText, l2Words);
    }

    public boolean matchesPt(String headingText) {
        return startsWithAny(headingText, ptWords);
    }

    /** Leading words, compared ignoring case, followed by a non-letter or the end. */
    static boolean startsWithAny(String text, List<String> words) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (t.startsWith(lw) && (t.length() == lw.length() || !Character.isLetter(t.charAt(lw.length())))) {
                return true;
            }
        }
        return false;
    }
}
