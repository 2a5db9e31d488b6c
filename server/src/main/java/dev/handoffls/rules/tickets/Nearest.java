package dev.handoffls.rules.tickets;

import java.util.List;
import java.util.Locale;

/** The candidate closest to a value by edit distance, for "did you mean" suggestions and quick fixes. */
public final class Nearest {
    private Nearest() {}

    public static String of(String value, List<String> candidates) {
        String v = value.trim().toLowerCase(Locale.ROOT).replaceAll("[*_`]", "").replace(' ', '-');
        String best = candidates.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            int d = lc.startsWith(v) || v.startsWith(lc) ? 0 : distance(v, lc);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /** Levenshtein edit distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
