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
    final Pattern token;
    final Pattern range;
    final Pattern shortRange;
    final Pattern unbracketedDefinition;
    final Pattern unbracketedAttempt;

    public IdGrammar(HandoffConfig config) {
        this.spellings = config.prefixSpellings();
        this.prefixes = List.copyOf(config.idPrefixes().keySet());
        // Longest first so that "IC" wins over "C" inside alternations.
        String alt = prefixes.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String id = "(?:" + alt + ")-[1-9]\\d{0,8}";
        String boundaryBefore = "(?<![A-Za-z0-9_-])";
        String boundaryAfter = "(?![A-Za-z0-9_-])";
        this.wellFormed = Pattern.compile("^(" + alt + ")-([1-9]\\d{0,8})$");
        this.token = Pattern.compile(boundaryBefore + "(" + id + ")" + boundaryAfter);
        this.range = Pattern.compile(boundaryBefore + "(" + id + ")(\\s+(?:through|to)\\s+|\\s*(?:\\.\\.|–|—|~)\\s*)("
                + id + ")" + boundaryAfter);
        this.shortRange = Pattern.compile(boundaryBefore + "(" + id + ")~([1-9]\\d{0,8})" + boundaryAfter);
        this.unbracketedDefinition = Pattern.compile("^(\\*\\*)?(" + id + ")(?:\\*\\*)?\\s*(?::|—|–|-(?=\\s))\\s*(?:\\*\\*)?");
        this.unbracketedAttempt = Pattern.compile("^(?:\\*\\*)?([A-Za-z]{1,8}\\s?-?\\s?\\d{1,6}[A-Za-z]?)(?:\\*\\*)?\\s*(?::|—|–)");
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
        if (prefix == null || (isAlias && !aliasesCount) || (m.group(2).isEmpty() && m.group(3).isEmpty())) {
            return null;
        }
        String digits = m.group(3).replaceFirst("^0+", "");
        String suggested = digits.isEmpty() || digits.length() > 9 ? "" : prefix + "-" + digits;
        return new String[] {prefix, suggested};
    }
}
