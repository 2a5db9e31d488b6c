package dev.handoffls.parse;

import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.model.Heading;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.IdReference;
import dev.handoffls.model.IdToken;
import dev.handoffls.model.Item;
import dev.handoffls.model.LocalDefinition;
import dev.handoffls.model.MalformedId;
import dev.handoffls.model.SourceAnnotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/** Finds ID definitions, malformed IDs, document-local definitions and references (spec §4). */
final class IdScanner {
    private static final Pattern BRACKETED = Pattern.compile("^\\[([^\\[\\]\\n]{1,24})\\]");
    private static final Pattern SOURCE = Pattern.compile("\\s*<!--\\s*source:\\s*(\\S+?)\\s*-->\\s*$");
    private static final Pattern BOLD_LEAD = Pattern.compile("^\\*\\*([A-Z]{1,8}-[1-9]\\d{0,8})(?::|\\*\\*:)");
    private static final Pattern HEADING_LEAD =
            Pattern.compile("^\\s{0,3}#{1,6}\\s+(?:\\*\\*)?([A-Z]{1,8}-[1-9]\\d{0,8})(?:\\*\\*)?\\s*:");
    private static final int MAX_RANGE = 50;

    private final MarkdownTree tree;
    private final IdGrammar grammar;
    private final List<IdDefinition> definitions = new ArrayList<>();
    private final List<MalformedId> malformed = new ArrayList<>();
    private final List<LocalDefinition> localDefinitions = new ArrayList<>();
    private final List<IdReference> references = new ArrayList<>();
    private final List<SourceAnnotation> sourceAnnotations = new ArrayList<>();
    private final Set<Integer> definitionOffsets = new HashSet<>();

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
                malformed.add(new MalformedId(inner, tree.text.range(innerStart, innerStart + inner.length()),
                        attempt[1].isEmpty() ? null : attempt[1], attempt[0], true));
                MarkdownTree.mask(tree.prose, base, base + b.end());
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
                malformed.add(new MalformedId(a.group(1), tree.text.range(start, start + a.group(1).length()),
                        attempt[1].isEmpty() ? null : attempt[1], attempt[0], false));
            }
        }
    }

    private void define(String id, int idStart, String rest, Category category, Item item, boolean bracketed) {
        String statement = rest;
        Matcher s = SOURCE.matcher(statement);
        if (s.find()) {
            int pathStart = item.textStart() + (item.text().length() - rest.length()) + s.start(1);
            sourceAnnotations.add(new SourceAnnotation(id, s.group(1),
                    tree.text.range(pathStart, pathStart + s.group(1).length())));
            statement = statement.substring(0, s.start());
        }
        statement = statement.replaceAll("\\s*\\n\\s*", " ").trim();
        definitions.add(new IdDefinition(id, IdToken.parse(id), tree.text.range(idStart, idStart + id.length()),
                item.range(), statement, category.prefix(), bracketed));
        definitionOffsets.add(idStart);
    }

    void scanLocalDefinitions(List<Heading> headings) {
        for (Heading h : headings) {
            int lineStart = tree.text.lineStart(h.line());
            String line = tree.text.lineText(h.line());
            Matcher m = HEADING_LEAD.matcher(line);
            if (m.find() && grammar.isWellFormed(m.group(1))) {
                local(m.group(1), lineStart + m.start(1));
            }
        }
        for (Node p : tree.paragraphs) {
            int start = tree.span(p).start();
            Matcher m = BOLD_LEAD.matcher(tree.text.text().substring(start, Math.min(start + 40, tree.text.length())));
            if (m.find() && grammar.isWellFormed(m.group(1)) && !definitionOffsets.contains(start + 2)) {
                local(m.group(1), start + 2);
            }
        }
        for (TableBlock table : tree.tables) {
            table.accept(new org.commonmark.node.AbstractVisitor() {
                @Override
                public void visit(org.commonmark.node.CustomNode node) {
                    if (node instanceof TableRow row && row.getFirstChild() instanceof TableCell cell) {
                        String cellText = MarkdownTree.plainText(cell).trim();
                        MarkdownTree.Span s = tree.span(cell);
                        if (grammar.isWellFormed(cellText) && s.end() > s.start()) {
                            int at = tree.text.text().indexOf(cellText, s.start());
                            if (at >= 0 && at < s.end()) {
                                local(cellText, at);
                            }
                        }
                    }
                    visitChildren(node);
                }
            });
        }
    }

    private void local(String id, int start) {
        localDefinitions.add(new LocalDefinition(id, tree.text.range(start, start + id.length())));
        MarkdownTree.mask(tree.prose, start, start + id.length());
    }

    /**
     * One pass over the prose: well-formed ID tokens, then neighbouring tokens joined into ranges
     * ({@code AD-1 through AD-4}, {@code AD-1..AD-4}, {@code OQ-1~3}). A hand-written scan: the
     * equivalent look-behind regexes cost ~50 µs per line on large L2s.
     */
    void scanReferences() {
        String prose = new String(tree.prose);
        List<IdGrammar.Token> tokens = grammar.tokens(prose);
        for (int i = 0; i < tokens.size(); i++) {
            IdGrammar.Token t = tokens.get(i);
            if (i + 1 < tokens.size() && IdGrammar.isRangeJoiner(prose, t.end(), tokens.get(i + 1).start())) {
                IdGrammar.Token next = tokens.get(i + 1);
                if (addRange(t.id(), next.id(), t.start(), next.end(), prose)) {
                    i++;
                    continue;
                }
            }
            int shortEnd = IdGrammar.shortRangeEnd(prose, t.end());
            if (shortEnd > 0) {
                String last = IdToken.parse(t.id()).prefix() + "-" + prose.substring(t.end() + 1, shortEnd);
                if (addRange(t.id(), last, t.start(), shortEnd, prose)) {
                    continue;
                }
            }
            references.add(new IdReference(List.of(t.id()), tree.text.range(t.start(), t.end()), t.id()));
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

    List<LocalDefinition> localDefinitions() {
        return List.copyOf(localDefinitions);
    }

    List<IdReference> references() {
        return List.copyOf(references);
    }

    List<SourceAnnotation> sourceAnnotations() {
        return List.copyOf(sourceAnnotations);
    }

}
