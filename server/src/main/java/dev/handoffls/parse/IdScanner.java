package dev.handoffls.parse;

import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.IdReference;
import dev.handoffls.model.IdToken;
import dev.handoffls.model.Item;
import dev.handoffls.model.MalformedId;
import dev.handoffls.model.SourceAnnotation;
import dev.handoffls.model.TeamItem;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds handoff ID definitions, malformed IDs, team-numbered items and references (spec §4). */
final class IdScanner {
    private static final Pattern BRACKETED = Pattern.compile("^\\[([^\\[\\]\\n]{1,24})\\]");
    /** A line break and the spaces around it: a statement that wraps reads as one line. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

    private static final Pattern SOURCE = Pattern.compile("\\s*<!--\\s*source:\\s*(\\S+?)\\s*-->\\s*$");
    private static final Pattern TEAM_LABEL = Pattern.compile("^(?:\\[(?<b>[A-Z][A-Z0-9]{0,9})-(?<bn>[1-9]\\d{0,8})\\]"
            + "|(?:\\*\\*)?(?<u>[A-Z][A-Z0-9]{0,9})-(?<un>[1-9]\\d{0,8})(?:\\*\\*)?\\s*(?::|—|–|\\s-\\s))");
    private static final int MAX_RANGE = 50;

    private final MarkdownTree tree;
    private final IdGrammar grammar;
    private final List<IdDefinition> definitions = new ArrayList<>();
    private final List<MalformedId> malformed = new ArrayList<>();
    private final List<IdReference> references = new ArrayList<>();
    private final List<SourceAnnotation> sourceAnnotations = new ArrayList<>();
    private final List<TeamItem> teamItems = new ArrayList<>();
    private final BitSet identifiedItems = new BitSet();

    IdScanner(MarkdownTree tree, IdGrammar grammar) {
        this.tree = tree;
        this.grammar = grammar;
    }

    void scanDefinitions(HandoffSection section) {
        for (Category c : section.categories()) {
            if (c.ownsIds()) {
                c.items().forEach(item -> scanItem(c, item));
            }
        }
    }

    private void scanItem(Category category, Item item) {
        String text = item.text();
        if (teamItem(category, item)) {
            identifiedItems.set(item.textStart());
        }
        int base = item.textStart();
        Matcher b = BRACKETED.matcher(text);
        if (b.find()) {
            String inner = b.group(1);
            int innerStart = base + 1;
            if (grammar.isWellFormed(inner)) {
                define(inner, innerStart, text.substring(b.end()), category, item, true);
                MarkdownTree.mask(tree.prose, base, base + b.end());
                return;
            }
            String[] attempt = grammar.attempt(inner, true);
            if (attempt != null) {
                malformed.add(new MalformedId(
                        inner,
                        tree.text.range(innerStart, innerStart + inner.length()),
                        attempt[1].isEmpty() ? null : attempt[1],
                        attempt[0],
                        true));
                MarkdownTree.mask(tree.prose, base, base + b.end());
                identifiedItems.set(base);
            }
            return;
        }
        Matcher u = grammar.unbracketedDefinition.matcher(text);
        if (u.find()) {
            int idStart = base + (u.group(1) == null ? 0 : 2);
            define(u.group(2), idStart, text.substring(u.end()), category, item, false);
            MarkdownTree.mask(tree.prose, base, base + u.end());
            return;
        }
        Matcher a = grammar.unbracketedAttempt.matcher(text);
        if (a.find()) {
            String[] attempt = grammar.attempt(a.group(1), false);
            if (attempt != null) {
                int start = base + a.start(1);
                malformed.add(new MalformedId(
                        a.group(1),
                        tree.text.range(start, start + a.group(1).length()),
                        attempt[1].isEmpty() ? null : attempt[1],
                        attempt[0],
                        false));
                identifiedItems.set(base);
            }
        }
    }

    private void define(String id, int idStart, String rest, Category category, Item item, boolean bracketed) {
        String statement = rest;
        Matcher s = SOURCE.matcher(statement);
        if (s.find()) {
            int pathStart = item.textStart() + (item.text().length() - rest.length()) + s.start(1);
            sourceAnnotations.add(new SourceAnnotation(
                    id,
                    s.group(1),
                    tree.text.range(pathStart, pathStart + s.group(1).length())));
            statement = statement.substring(0, s.start());
        }
        if (statement.indexOf('\n') >= 0) {
            statement = LINE_BREAK.matcher(statement).replaceAll(" ");
        }
        statement = statement.trim();
        definitions.add(new IdDefinition(
                id,
                IdToken.parse(id),
                tree.text.range(idStart, idStart + id.length()),
                item.range(),
                statement,
                category.prefix(),
                bracketed));
        identifiedItems.set(item.textStart());
    }

    /** A label in the team's own numbering ({@code RISK-2:}, {@code [CONS-1]}); not one of our prefixes. */
    private boolean teamItem(Category category, Item item) {
        Matcher m = TEAM_LABEL.matcher(item.text());
        if (!m.lookingAt()) {
            return false;
        }
        boolean bracketed = m.group("b") != null;
        String prefix = bracketed ? m.group("b") : m.group("u");
        if (grammar.prefixes().contains(prefix)) {
            return false;
        }
        String label = prefix + "-" + (bracketed ? m.group("bn") : m.group("un"));
        int start = item.textStart() + m.start(bracketed ? "b" : "u");
        String statement = item.text()
                .substring(m.end())
                .replaceAll("\\s+", " ")
                .replace("**", "")
                .strip();
        teamItems.add(new TeamItem(
                label,
                prefix,
                category.prefix(),
                tree.text.range(start, start + label.length()),
                item.range(),
                statement));
        return true;
    }

    /**
     * One pass over the prose: well-formed ID tokens, then neighbouring tokens joined into ranges
     * ({@code AD-1 through AD-4}, {@code AD-1..AD-4}, {@code OQ-1~3}). A hand-written scan: the
     * equivalent look-behind regexes cost ~50 µs per line on large L2s.
     */
    void scanReferences() {
        String prose = tree.proseText();
        List<IdGrammar.Token> tokens = grammar.tokens(tree.prose); // the array proseText() was made from
        for (int i = 0; i < tokens.size(); i++) {
            IdGrammar.Token t = tokens.get(i);
            if (i + 1 < tokens.size()
                    && IdGrammar.isRangeJoiner(prose, t.end(), tokens.get(i + 1).start())) {
                IdGrammar.Token next = tokens.get(i + 1);
                if (addRange(t.id(), next.id(), t.start(), next.end(), prose)) {
                    i++;
                    continue;
                }
            }
            IdGrammar.SlashList slash = IdGrammar.slashList(prose, t.end());
            if (slash != null && slash.numbers().size() < MAX_RANGE) {
                String prefix = IdToken.parse(t.id()).prefix();
                List<String> ids = new ArrayList<>(List.of(t.id()));
                slash.numbers().forEach(n -> ids.add(prefix + "-" + n));
                references.add(new IdReference(
                        List.copyOf(ids),
                        tree.text.range(t.start(), slash.end()),
                        prose.substring(t.start(), slash.end())));
                continue;
            }
            int shortEnd = IdGrammar.shortRangeEnd(prose, t.end());
            if (shortEnd > 0) {
                String last = IdToken.parse(t.id()).prefix() + "-" + prose.substring(t.end() + 1, shortEnd);
                if (addRange(t.id(), last, t.start(), shortEnd, prose)) {
                    continue;
                }
            }
            String id = t.id().intern(); // a document holds each referenced ID once, however often it is named
            references.add(new IdReference(List.of(id), tree.text.range(t.start(), t.end()), id));
        }
    }

    private boolean addRange(String from, String to, int start, int end, String prose) {
        IdToken a = IdToken.parse(from);
        IdToken b = IdToken.parse(to);
        if (!a.prefix().equals(b.prefix()) || b.number() <= a.number() || b.number() - a.number() + 1 > MAX_RANGE) {
            return false;
        }
        List<String> ids = new ArrayList<>();
        for (int n = a.number(); n <= b.number(); n++) {
            ids.add(a.prefix() + "-" + n);
        }
        references.add(new IdReference(List.copyOf(ids), tree.text.range(start, end), prose.substring(start, end)));
        return true;
    }

    List<IdDefinition> definitions() {
        return List.copyOf(definitions);
    }

    List<MalformedId> malformed() {
        return List.copyOf(malformed);
    }

    List<IdReference> references() {
        return List.copyOf(references);
    }

    List<TeamItem> teamItems() {
        return List.copyOf(teamItems);
    }

    /** Offsets of the handoff items that define, attempt or label an ID: not team definitions too. */
    BitSet identifiedItems() {
        return identifiedItems;
    }

    List<SourceAnnotation> sourceAnnotations() {
        return List.copyOf(sourceAnnotations);
    }
}
