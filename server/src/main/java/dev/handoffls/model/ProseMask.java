package dev.handoffls.model;

import java.util.Arrays;

/**
 * Where a document's prose differs from its text: the runs that were blanked to spaces (code, HTML, link
 * destinations, front matter, ID definitions). Kept instead of a second copy of the text, which would
 * double what every indexed document holds; the prose is rebuilt from the text when a rule asks for it.
 */
public final class ProseMask {
    /** Start and end offsets of blanked runs, in order: [s0, e0, s1, e1, …]. */
    private final int[] runs;
    /** The prose itself, for the (never seen) case where it differs from the text by more than spaces. */
    private final String verbatim;

    private ProseMask(int[] runs, String verbatim) {
        this.runs = runs;
        this.verbatim = verbatim;
    }

    /** The mask that turns {@code text} into {@code prose} (same length). */
    public static ProseMask of(String text, String prose) {
        return of(text, prose.toCharArray());
    }

    /** The mask that turns {@code text} into {@code p}, the prose as the parser's array (read, not kept). */
    public static ProseMask of(String text, char[] p) {
        if (text.length() != p.length) {
            return new ProseMask(new int[0], new String(p));
        }
        // Arrays, not String.charAt ("JIT and UTF-16", docs/performance.md); mismatch skips equal runs fast.
        char[] t = text.toCharArray();
        int[] runs = new int[8];
        int n = 0;
        int i = 0;
        while (i < t.length) {
            int differs = Arrays.mismatch(t, i, t.length, p, i, p.length);
            if (differs < 0) {
                break;
            }
            i += differs;
            if (p[i] != ' ') {
                return new ProseMask(new int[0], new String(p));
            }
            int start = i;
            while (i < t.length && p[i] != t[i] && p[i] == ' ') {
                i++;
            }
            if (n + 2 > runs.length) {
                runs = Arrays.copyOf(runs, runs.length * 2);
            }
            runs[n++] = start;
            runs[n++] = i;
        }
        return new ProseMask(Arrays.copyOf(runs, n), null);
    }

    /** The prose of {@code text}. */
    public String apply(String text) {
        if (verbatim != null) {
            return verbatim;
        }
        if (runs.length == 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int r = 0; r < runs.length; r += 2) {
            Arrays.fill(chars, runs[r], runs[r + 1], ' ');
        }
        return new String(chars);
    }

    /** The prose character at {@code offset} of {@code text}, without rebuilding the prose. */
    public char charAt(String text, int offset) {
        if (verbatim != null) {
            return verbatim.charAt(offset);
        }
        // The last run starting at or before offset decides.
        int lo = 0;
        int hi = runs.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (runs[2 * mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi >= 0 && offset < runs[2 * hi + 1] ? ' ' : text.charAt(offset);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProseMask m
                && Arrays.equals(runs, m.runs)
                && java.util.Objects.equals(verbatim, m.verbatim);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(runs) + java.util.Objects.hashCode(verbatim);
    }
}
