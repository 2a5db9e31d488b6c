package dev.handoffls.parse;

import dev.handoffls.config.HandoffConfig;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The ID grammar of spec §4 for one configuration: well-formed IDs, ranges, and attempts at IDs. */
public final class IdGrammar {
    private static final Pattern ATTEMPT = Pattern.compile("^\\s*([A-Za-z]+)\\s*(-?)\\s*(\\d*)\\s*([A-Za-z]*)\\s*$");

    private final Map<String, String> spellings;
    private final List<String> prefixes;
    final Pattern wellFormed;
    private final java.util.Set<String> prefixSet;
    final Pattern unbracketedDefinition;
    final Pattern unbracketedAttempt;

    public IdGrammar(HandoffConfig config) {
        this.spellings = config.prefixSpellings();
        this.prefixes = List.copyOf(config.idPrefixes().keySet());
        // Longest first so that "IC" wins over "C" inside alternations.
        String alt = prefixes.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String id = "(?:" + alt + ")-[1-9]\\d{0,8}";
        this.wellFormed = Pattern.compile("^(" + alt + ")-([1-9]\\d{0,8})$");
        this.prefixSet = java.util.Set.copyOf(prefixes);
        this.unbracketedDefinition =
                Pattern.compile("^(\\*\\*)?(" + id + ")(?:\\*\\*)?\\s*(?::|—|–|-(?=\\s))\\s*(?:\\*\\*)?");
        this.unbracketedAttempt =
                Pattern.compile("^(?:\\*\\*)?([A-Za-z]{1,8}\\s?-?\\s?\\d{1,6}[A-Za-z]?)(?:\\*\\*)?\\s*(?::|—|–)");
    }

    public boolean isWellFormed(String id) {
        return wellFormed.matcher(id).matches();
    }

    public List<String> prefixes() {
        return prefixes;
    }

    /**
     * A bracketed (or unbracketed, with {@code aliasesCount} false) token that tries to be an ID and
     * fails: returns the canonical prefix and the suggested ID ("" when no number was written), or null.
     */
    public String[] attempt(String inner, boolean aliasesCount) {
        Matcher m = ATTEMPT.matcher(inner);
        if (!m.matches() || isWellFormed(inner)) {
            return null;
        }
        String letters = m.group(1).toUpperCase(Locale.ROOT);
        String prefix = spellings.get(letters);
        boolean isAlias = prefix != null && !prefixes.contains(letters);
        if (prefix == null
                || (isAlias && !aliasesCount)
                || (m.group(2).isEmpty() && m.group(3).isEmpty())) {
            return null;
        }
        String digits = m.group(3).replaceFirst("^0+", "");
        String suggested = digits.isEmpty() || digits.length() > 9 ? "" : prefix + "-" + digits;
        return new String[] {prefix, suggested};
    }

    /** A well-formed ID as a whole token of a text: [start, end). */
    public record Token(String id, int start, int end) {}

    /**
     * Every well-formed ID that stands as a whole token (not preceded or followed by a letter, digit,
     * '-' or '_', nor followed by '.' and a digit), left to right.
     */
    public List<Token> tokens(char[] text) {
        // An array, not charAt: "JIT and UTF-16", docs/performance.md.
        List<Token> out = new java.util.ArrayList<>();
        int n = text.length;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c < 'A' || c > 'Z' || i > 0 && isWordChar(text[i - 1])) {
                continue;
            }
            int j = i;
            while (j < n && (text[j] >= 'A' && text[j] <= 'Z' || j > i && isDigit(text[j]))) {
                j++;
            }
            if (j + 1 < n
                    && text[j] == '-'
                    && text[j + 1] >= '1'
                    && text[j + 1] <= '9'
                    && prefixSet.contains(new String(text, i, j - i))) {
                int k = j + 1;
                while (k < n && isDigit(text[k])) {
                    k++;
                }
                // C-3.1 is a team's sub-numbering ("challenge 3, item 1"), not C-3.
                boolean subNumber = k + 1 < n && text[k] == '.' && isDigit(text[k + 1]);
                if (k - j - 1 <= 9 && (k == n || !isWordChar(text[k])) && !subNumber) {
                    out.add(new Token(new String(text, i, k - i), i, k));
                    i = k - 1;
                    continue;
                }
            }
            i = j - 1 < i ? i : j - 1;
        }
        return out;
    }

    /** Whether the text between two tokens joins them into a range: " through ", " to ", "..", "–", "—", "~". */
    public static boolean isRangeJoiner(CharSequence text, int from, int to) {
        // Asked for every pair of neighbouring IDs, whole paragraphs apart: trim by index, copy nothing long.
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e - s > "through".length()) {
            return false;
        }
        String trimmed = text.subSequence(s, e).toString();
        if (trimmed.equals("..") || trimmed.equals("–") || trimmed.equals("—") || trimmed.equals("~")) {
            return e - s == to - from || !hasNewlines(text, from, to, 1);
        }
        return (trimmed.equals("through") || trimmed.equals("to"))
                && to - from > e - s
                && Character.isWhitespace(text.charAt(from))
                && Character.isWhitespace(text.charAt(to - 1))
                && !hasNewlines(text, from, to, 2);
    }

    /** Whether {@code run} newlines follow each other somewhere in [from, to). */
    private static boolean hasNewlines(CharSequence text, int from, int to, int run) {
        int seen = 0;
        for (int i = from; i < to; i++) {
            seen = text.charAt(i) == '\n' ? seen + 1 : 0;
            if (seen == run) {
                return true;
            }
        }
        return false;
    }

    /** End of the digits in the short form {@code OQ-1~3} right after a token, or -1. */
    public static int shortRangeEnd(CharSequence text, int tokenEnd) {
        int n = text.length();
        if (tokenEnd + 1 >= n
                || text.charAt(tokenEnd) != '~'
                || text.charAt(tokenEnd + 1) < '1'
                || text.charAt(tokenEnd + 1) > '9') {
            return -1;
        }
        int k = tokenEnd + 1;
        while (k < n && isDigit(text.charAt(k))) {
            k++;
        }
        return k - tokenEnd - 1 <= 9 && (k == n || !isWordChar(text.charAt(k))) ? k : -1;
    }

    /**
     * The numbers of a slash list right after a token ({@code AD-7/8/9} → 8, 9) and where it ends;
     * null when the token is not followed by one.
     */
    public static SlashList slashList(CharSequence text, int tokenEnd) {
        List<Integer> numbers = new java.util.ArrayList<>();
        int n = text.length();
        int k = tokenEnd;
        while (k + 1 < n && text.charAt(k) == '/' && text.charAt(k + 1) >= '1' && text.charAt(k + 1) <= '9') {
            int d = k + 1;
            while (d < n && isDigit(text.charAt(d))) {
                d++;
            }
            if (d - k - 1 > 9
                    || d < n
                            && (isWordChar(text.charAt(d))
                                    || text.charAt(d) == '.' && d + 1 < n && isDigit(text.charAt(d + 1)))) {
                return null;
            }
            numbers.add(Integer.parseInt(text.subSequence(k + 1, d).toString()));
            k = d;
        }
        return numbers.isEmpty() ? null : new SlashList(List.copyOf(numbers), k);
    }

    /** The further numbers of {@code AD-7/8/9} and the offset right after the last. */
    public record SlashList(List<Integer> numbers, int end) {}

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || isDigit(c) || c == '-' || c == '_';
    }
}
