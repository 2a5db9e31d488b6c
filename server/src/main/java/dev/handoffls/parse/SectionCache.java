package dev.handoffls.parse;

import dev.handoffls.text.DocumentText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * The commonmark trees of an open document's sections from its previous parse, so that a keystroke in a
 * long document re-parses only the section it touched (commonmark-java has no incremental mode; its parse
 * was half of a keystroke's re-parse of a 5,000-line L2). Owned by one thread: the trees are shared with
 * the parse that reads them and must never be parsed into twice at once.
 *
 * <p>A section starts at an ATX heading in column 0 right after a blank line. Parsed alone, it gives the
 * tree the whole document would give there, provided nothing before it is still open at that line: at
 * top level only a fenced code block or an HTML block of kinds 1-5 can stay open across a blank line and
 * a heading (a heading in column 0 closes lists and quotes, a blank line closes paragraphs, tables and the
 * other HTML blocks). So a section that ends inside one makes the whole document parse at once, as do
 * link reference definitions (they apply to the whole document) and short documents.
 */
public final class SectionCache {
    /** Below this, a whole parse costs less than finding sections. */
    static final int MIN_LENGTH = 16 * 1024;

    private final int minLength;
    private Map<String, Node> trees = new HashMap<>();

    public SectionCache() {
        this(MIN_LENGTH);
    }

    /** Tests split short documents too. */
    SectionCache(int minLength) {
        this.minLength = minLength;
    }

    /** A section's tree and the document line it starts at (its source spans count lines from there). */
    record Section(Node document, int firstLine) {}

    /** The document as sections, reusing the trees of sections whose text is unchanged since the last call. */
    List<Section> parse(String source, DocumentText text, Parser parser) {
        List<Integer> starts = source.length() < minLength || source.contains("]:") ? List.of(0) : starts(source, text);
        if (starts.size() == 1) {
            return whole(source, parser);
        }
        Map<String, Node> next = new HashMap<>();
        List<Section> out = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            int from = text.lineStart(starts.get(i));
            int to = i + 1 < starts.size() ? text.lineStart(starts.get(i + 1)) : source.length();
            String chunk = source.substring(from, to);
            // A tree belongs to one section: a second section with the same text gets its own.
            Node tree = next.containsKey(chunk) ? null : trees.get(chunk);
            if (tree == null) {
                tree = parser.parse(chunk);
            }
            if (i + 1 < starts.size() && endsOpen(tree)) {
                return whole(source, parser);
            }
            next.put(chunk, tree);
            out.add(new Section(tree, starts.get(i)));
        }
        trees = next;
        return out;
    }

    /** One tree for the whole text; nothing is kept for the next call. */
    private List<Section> whole(String source, Parser parser) {
        trees = new HashMap<>();
        return List.of(new Section(parser.parse(source), 0));
    }

    /** Lines that may start a section: an ATX heading in column 0 after a blank line (and line 0). */
    private static List<Integer> starts(String s, DocumentText text) {
        List<Integer> out = new ArrayList<>();
        out.add(0);
        boolean previousBlank = false;
        for (int line = 0; line < text.lineCount(); line++) {
            int start = text.lineStart(line);
            int end = text.lineEnd(line);
            if (line > 0 && previousBlank && isAtxHeading(s, start, end)) {
                out.add(line);
            }
            previousBlank = isBlank(s, start, end);
        }
        return out;
    }

    static boolean isBlank(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    static boolean isAtxHeading(String s, int start, int end) {
        int hashes = 0;
        while (start + hashes < end && s.charAt(start + hashes) == '#') {
            hashes++;
        }
        return hashes >= 1
                && hashes <= 6
                && (start + hashes == end || s.charAt(start + hashes) == ' ' || s.charAt(start + hashes) == '\t');
    }

    /** Whether the last top-level block could still take in the lines that follow the section. */
    private static boolean endsOpen(Node tree) {
        Node last = tree.getLastChild();
        if (last instanceof FencedCodeBlock f) {
            return f.getClosingFenceLength() == null;
        }
        return last instanceof HtmlBlock h && htmlBlockOpen(h.getLiteral());
    }

    /** HTML blocks of kinds 1-5 end at their closing marker, not at a blank line: open while it is missing. */
    static boolean htmlBlockOpen(String literal) {
        String s = literal.stripLeading().toLowerCase(Locale.ROOT);
        if (s.startsWith("<!--")) {
            return !s.substring(4).contains("-->");
        }
        if (s.startsWith("<?")) {
            return !s.substring(2).contains("?>");
        }
        if (s.startsWith("<![cdata[")) {
            return !s.substring(9).contains("]]>");
        }
        if (s.startsWith("<!")) {
            return !s.substring(2).contains(">");
        }
        for (String tag : new String[] {"script", "pre", "style", "textarea"}) {
            if (s.startsWith("<" + tag)
                    && (s.length() == tag.length() + 1 || " \t\r\n>".indexOf(s.charAt(tag.length() + 1)) >= 0)) {
                return !s.contains("</" + tag + ">");
            }
        }
        return false;
    }
}
