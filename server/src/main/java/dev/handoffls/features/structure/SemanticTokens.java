package dev.handoffls.features.structure;

import dev.handoffls.index.ScopeIndex;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.IdReference;
import dev.handoffls.model.IdToken;
import dev.handoffls.model.TeamDefinition;
import dev.handoffls.text.DocumentText;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Semantic tokens for every mention of an ID.
 *
 * <p>Legend (the order is the protocol's index): token types {@code handoffDecision} (AD),
 * {@code handoffRisk} (R), {@code handoffContract} (IC), {@code handoffConstraint} (C),
 * {@code handoffQuestion} (OQ) and {@code handoffId} (any other prefix), chosen by the ID's own prefix;
 * modifiers {@code declaration} + {@code definition} on a scope definition, {@code declaration} alone
 * on a team definition, {@code undefined} on a reference that HL301 reports (defined nowhere in the
 * scope in any form, with a prefix the scope uses in bracketed definitions). A range reference gives one token per end written out ({@code AD-1 through AD-4}:
 * two tokens), or one token over its whole text when the last end is abbreviated ({@code OQ-1~3}).
 * Tokens are sorted, never overlap and never span lines.
 */
public final class SemanticTokens {
    public static final List<String> TOKEN_TYPES = List.of(
            "handoffDecision", "handoffRisk", "handoffContract", "handoffConstraint", "handoffQuestion", "handoffId");
    public static final List<String> MODIFIERS = List.of("declaration", "definition", "undefined");

    private static final Map<String, String> TYPE_BY_PREFIX = Map.of(
            "AD",
            "handoffDecision",
            "R",
            "handoffRisk",
            "IC",
            "handoffContract",
            "C",
            "handoffConstraint",
            "OQ",
            "handoffQuestion");
    private static final Set<String> DEFINITION = Set.of("declaration", "definition");
    private static final Set<String> DECLARATION = Set.of("declaration");
    private static final Set<String> UNDEFINED = Set.of("undefined");

    /** One token; {@code startChar} and {@code length} in UTF-16 code units. */
    public record Token(int line, int startChar, int length, String type, Set<String> modifiers) {
        public Token {
            modifiers = Set.copyOf(modifiers);
        }
    }

    private SemanticTokens() {}

    public static List<Token> of(WorkspaceIndex index, HandoffDocument doc) {
        DocumentText text = doc.text();
        ScopeIndex scope = index.scopeOf(doc);
        Set<String> defined = new HashSet<>();
        doc.definitions().forEach(d -> defined.add(d.id()));
        doc.teamDefinitions().forEach(d -> defined.add(d.id()));
        List<Token> tokens = new ArrayList<>();
        for (IdDefinition d : doc.definitions()) {
            add(tokens, text, d.range(), d.id(), DEFINITION);
        }
        for (TeamDefinition d : doc.teamDefinitions()) {
            add(tokens, text, d.range(), d.id(), DECLARATION);
        }
        for (IdReference r : doc.references()) {
            // "undefined" exactly where HL301 would say so: only for prefixes an adopted scope brackets.
            reference(
                    tokens,
                    text,
                    r,
                    id -> defined.contains(id)
                            || scope.isDefinedAnyForm(id)
                            || !scope.adoptedPrefixes()
                                    .contains(IdToken.parse(id).prefix()));
        }
        tokens.sort(Comparator.comparingInt(Token::line).thenComparingInt(Token::startChar));
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            Token last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || last.line() != t.line() || last.startChar() + last.length() <= t.startChar()) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    private static void reference(List<Token> tokens, DocumentText text, IdReference r, Predicate<String> isDefined) {
        String first = r.ids().get(0);
        String last = r.ids().get(r.ids().size() - 1);
        if (!r.isRange()) {
            add(tokens, text, r.range(), first, isDefined.test(first) ? Set.of() : UNDEFINED);
            return;
        }
        int start = text.offsetAt(r.range().start());
        int lastAt = r.text().lastIndexOf(last);
        if (r.text().startsWith(first) && lastAt > first.length()) {
            add(
                    tokens,
                    text,
                    text.range(start, start + first.length()),
                    first,
                    isDefined.test(first) ? Set.of() : UNDEFINED);
            add(
                    tokens,
                    text,
                    text.range(start + lastAt, start + lastAt + last.length()),
                    last,
                    isDefined.test(last) ? Set.of() : UNDEFINED);
        } else {
            boolean all = r.ids().stream().allMatch(isDefined);
            add(tokens, text, r.range(), first, all ? Set.of() : UNDEFINED);
        }
    }

    /** Adds a token per line the range touches (multi-line tokens are not allowed by most clients). */
    private static void add(List<Token> tokens, DocumentText text, Range range, String id, Set<String> modifiers) {
        String type = TYPE_BY_PREFIX.getOrDefault(IdToken.parse(id).prefix(), "handoffId");
        Position s = range.start();
        Position e = range.end();
        for (int line = s.line(); line <= e.line(); line++) {
            int from = line == s.line() ? s.character() : 0;
            int lineLength = text.lineEnd(line) - text.lineStart(line);
            int to = line == e.line() ? e.character() : lineLength;
            if (line != s.line()) {
                String l = text.lineText(line);
                from = l.length() - l.stripLeading().length();
            }
            if (to > from) {
                tokens.add(new Token(line, from, to - from, type, modifiers));
            }
        }
    }

    /**
     * The protocol's relative encoding: per token {@code deltaLine, deltaStart, length, typeIndex,
     * modifierBits}, with {@code deltaStart} relative to the previous token only on the same line.
     */
    public static int[] encode(List<Token> tokens) {
        int[] data = new int[tokens.size() * 5];
        int prevLine = 0;
        int prevStart = 0;
        int i = 0;
        for (Token t : tokens) {
            int deltaLine = t.line() - prevLine;
            data[i++] = deltaLine;
            data[i++] = deltaLine == 0 ? t.startChar() - prevStart : t.startChar();
            data[i++] = t.length();
            data[i++] = Math.max(0, TOKEN_TYPES.indexOf(t.type()));
            int bits = 0;
            for (String m : t.modifiers()) {
                int bit = MODIFIERS.indexOf(m);
                if (bit >= 0) {
                    bits |= 1 << bit;
                }
            }
            data[i++] = bits;
            prevLine = t.line();
            prevStart = t.startChar();
        }
        return data;
    }
}
