package dev.handoffls.parse;

import dev.handoffls.model.Heading;
import dev.handoffls.model.IdToken;
import dev.handoffls.model.TeamDefinition;
import dev.handoffls.model.TeamDefinition.Form;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * Team definitions (spec §4 v3): the forms real teams define IDs in, mostly outside the handoff
 * section — headings ({@code ### AD-4: …}, {@code ## 1. AD-7: …}, {@code ## Challenge C-1: …},
 * {@code ### AD-6~8: …}), table rows whose first cell is the ID, list items that begin {@code ID:} and
 * paragraphs or items that begin with a bold {@code **ID:}. The ID token is masked out of the prose so
 * it is not also a reference.
 */
final class TeamDefinitionScanner {
    /** An ID, an optional range end ({@code ~8}, {@code –AD-8}) and an optional parenthesised title. */
    private static final String LABEL = "(?<id>[A-Z]{1,8}-[1-9]\\d{0,8})(?![.\\d]\\d)"
            + "(?:\\s*[~–]\\s*(?:[A-Z]{1,8}-)?(?<to>[1-9]\\d{0,8}))?"
            + "(?:\\*\\*)?(?:\\s*\\((?<title>[^()\\n]{1,80})\\))?(?:\\*\\*)?";

    private static final String SEPARATOR = "\\s*(?::|—|–|\\s-\\s)";
    private static final Pattern HEADING = Pattern.compile(
            "^\\s{0,3}#{1,6}\\s+(?:\\*\\*)?" + "(?:(?:\\d+(?:\\.\\d+)*[.)]?|[^\\s#*]{1,30})\\s+)?(?:\\*\\*)?" + LABEL
                    + "(?:" + SEPARATOR + "|\\s*$)(?<rest>.*)$");
    static final Pattern LEAD =
            Pattern.compile("^(?<bold>\\*\\*)?" + LABEL + SEPARATOR + "(?:\\*\\*)?(?<rest>.*)", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("^" + LABEL + "$");
    private static final int MAX_RANGE = 50;
    private static final int MAX_STATEMENT = 240;

    private final MarkdownTree tree;
    private final IdGrammar grammar;
    private final BitSet handoffItemStarts;
    private final List<TeamDefinition> out = new ArrayList<>();

    /** @param handoffItemStarts offsets of the handoff items that already define or attempt an ID */
    TeamDefinitionScanner(MarkdownTree tree, IdGrammar grammar, BitSet handoffItemStarts) {
        this.tree = tree;
        this.grammar = grammar;
        this.handoffItemStarts = handoffItemStarts;
    }

    List<TeamDefinition> scan(List<Heading> headings) {
        for (Heading h : headings) {
            String line = tree.text.lineText(h.line());
            Matcher m = HEADING.matcher(line);
            if (m.find()) {
                String rest = clean(m.group("rest"));
                add(
                        m,
                        tree.text.lineStart(h.line()),
                        rest.isEmpty() && m.group("title") != null ? m.group("title") : rest,
                        Form.HEADING);
            }
        }
        for (Node p : tree.paragraphs) {
            scanLead(p);
        }
        for (TableBlock table : tree.tables) {
            table.accept(new AbstractVisitor() {
                @Override
                public void visit(CustomNode node) {
                    if (node instanceof TableRow row && row.getFirstChild() instanceof TableCell cell) {
                        scanRow(cell);
                    }
                    visitChildren(node);
                }
            });
        }
        return List.copyOf(out);
    }

    private void scanLead(Node paragraph) {
        int start = tree.span(paragraph).start();
        if (handoffItemStarts.get(start) || !mayLead(tree.text.text(), start)) {
            return;
        }
        boolean listItem = paragraph.getParent() instanceof ListItem
                && paragraph.getParent().getFirstChild() == paragraph;
        String source = tree.source(paragraph);
        Matcher m = LEAD.matcher(source);
        if (m.lookingAt() && (listItem || m.group("bold") != null)) {
            String rest = clean(firstLine(m.group("rest")));
            add(
                    m,
                    start,
                    rest.isEmpty() && m.group("title") != null ? m.group("title") : rest,
                    listItem && m.group("bold") == null ? Form.LIST_ITEM : Form.BOLD_LEAD);
        }
    }

    private void scanRow(TableCell first) {
        MarkdownTree.Span s = tree.span(first);
        if (s.end() <= s.start()) {
            return;
        }
        String raw = tree.text.text().substring(s.start(), s.end());
        String cell = raw.replace("|", " ").strip();
        Matcher m = CELL.matcher(cell.replace("**", ""));
        if (!m.matches() || cell.contains("**") && !cell.startsWith("**")) {
            return;
        }
        int at = s.start() + raw.indexOf(m.group("id"));
        Node next = first.getNext();
        String statement = next == null ? "" : clean(MarkdownTree.plainText(next));
        if (statement.isEmpty() && m.group("title") != null) {
            statement = m.group("title").strip();
        }
        addAt(m, at, statement, Form.TABLE_ROW);
    }

    /** Adds the definitions of a match whose {@code id} group is relative to {@code base}. */
    private void add(Matcher m, int base, String statement, Form form) {
        addAt(m, base + m.start("id"), statement, form);
    }

    private void addAt(Matcher m, int at, String statement, Form form) {
        String id = m.group("id");
        if (!grammar.isWellFormed(id)) {
            return;
        }
        IdToken first = IdToken.parse(id);
        int last = first.number();
        int end = at + id.length();
        if (m.group("to") != null) {
            int to = Integer.parseInt(m.group("to"));
            if (to > first.number() && to - first.number() < MAX_RANGE) {
                last = to;
                end = at + (m.end("to") - m.start("id"));
            }
        }
        var range = tree.text.range(at, end);
        for (int n = first.number(); n <= last; n++) {
            out.add(new TeamDefinition(first.prefix() + "-" + n, range, statement, form));
        }
        MarkdownTree.mask(tree.prose, at, end);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Markdown emphasis and surrounding whitespace dropped, bounded so a hover stays short. */
    private static String clean(String s) {
        String t = s.replace("**", "").replaceAll("\\s+", " ").strip();
        return t.length() > MAX_STATEMENT ? t.substring(0, MAX_STATEMENT - 1) + "…" : t;
    }

    /**
     * What {@link #LEAD} needs at its start, tested without a substring or a Matcher: an optional {@code **},
     * one to eight capitals, a hyphen and a digit other than 0. Most paragraphs fail here.
     */
    static boolean mayLead(String text, int start) {
        int i = text.startsWith("**", start) ? start + 2 : start;
        int letters = 0;
        while (i < text.length() && letters <= 8 && text.charAt(i) >= 'A' && text.charAt(i) <= 'Z') {
            i++;
            letters++;
        }
        return letters >= 1
                && letters <= 8
                && i + 1 < text.length()
                && text.charAt(i) == '-'
                && text.charAt(i + 1) >= '1'
                && text.charAt(i + 1) <= '9';
    }
}
