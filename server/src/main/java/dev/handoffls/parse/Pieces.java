package dev.handoffls.parse;

import dev.handoffls.text.DocumentText;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A large document parsed as consecutive pieces, so that commonmark's working set is one piece at a time:
 * it keeps every paragraph's parser, lines and spans until its inline pass ends, more than 200 MB for
 * 10 MB of list items (docs/reliability.md, "Pathological inputs").
 *
 * <p>A piece ends before a line in column 0 that starts a top-level block whatever was open before it:
 * an ATX heading after a blank line (as {@link SectionCache}'s sections) or a bullet list item with text.
 * Parsed alone, the next piece gives the whole parse's tree there when, at the end of the piece, nothing
 * could take that line in: no open fence, no HTML block or table that only a blank line ends, not nested
 * so deep that commonmark would start nothing. A list cut there becomes two lists, which no scanner tells
 * from one (categories join the lists under their heading) unless a heading nested in it lies between
 * the two (at the end of the piece, or at the start of the next one): then the piece does not end there,
 * or is parsed again with the next. A piece that ends open is parsed again to a later line,
 * twice as far each time, so the work stays linear. Link reference definitions apply to the whole
 * document: with one, it is parsed at once.
 */
final class Pieces {
    /**
     * Documents of half a million characters and more, in pieces of about 16 KB; shorter ones in one parse
     * (its peak is small). As large as {@code index/ParseBudget}'s budget: a scan parses a document that
     * takes the whole budget alone, and one in pieces beside others. 16 KB rather than 64: the piece in
     * parse is what each young collection copies (50k IDs: 5% faster, 20 MB less RSS; 8 KB gains no more).
     */
    static final Pieces LARGE_DOCUMENTS = new Pieces(1 << 19, 16 * 1024);

    private final int minLength;
    private final int pieceLength;

    /** Tests cut short documents into short pieces. */
    Pieces(int minLength, int pieceLength) {
        this.minLength = minLength;
        this.pieceLength = pieceLength;
    }

    List<SectionCache.Section> parse(String source, DocumentText text, Parser parser) {
        if (!cuts(source)) {
            return List.of(new SectionCache.Section(parser.parse(source), 0));
        }
        return new Cut(source, text, parser).all(pieceLength);
    }

    /** Whether a text is parsed in pieces: long enough, and without link reference definitions. */
    boolean cuts(String source) {
        return source.length() >= minLength && !source.contains("]:");
    }

    /** One document being cut. */
    private static final class Cut {
        private final String source;
        private final DocumentText text;
        private final Parser parser;

        private Cut(String source, DocumentText text, Parser parser) {
            this.source = source;
            this.text = text;
            this.parser = parser;
        }

        private List<SectionCache.Section> all(int pieceLength) {
            List<SectionCache.Section> out = new ArrayList<>();
            int first = 0;
            int minReach = Math.max(1, pieceLength);
            int reach = minReach;
            while (first < text.lineCount()) {
                int end = boundaryFrom(first, text.lineStart(first) + reach);
                int to = end < text.lineCount() ? text.lineStart(end) : source.length();
                Node tree = parser.parse(source.substring(text.lineStart(first), to));
                if (end < text.lineCount() && !closedBefore(tree, end)) {
                    reach = Math.min(2 * reach, source.length());
                    continue;
                }
                if (!out.isEmpty()
                        && continuesWithAHeading(out.get(out.size() - 1).document(), tree)) {
                    // The list of the piece before goes on here with a heading nested in it: parsed whole it is
                    // one list with a heading, which a category reads differently from two lists. Parse the two
                    // as one; later pieces start as long, so a long list of such items stays linear.
                    SectionCache.Section previous = out.remove(out.size() - 1);
                    int span = to - text.lineStart(previous.firstLine());
                    first = previous.firstLine();
                    minReach = Math.max(minReach, span);
                    reach = Math.min(2 * span, source.length());
                    continue;
                }
                slim(tree, false);
                out.add(new SectionCache.Section(tree, first));
                first = end;
                reach = minReach;
            }
            return out;
        }

        /** The first line after {@code first} that starts at or after {@code offset} and may start a piece. */
        private int boundaryFrom(int first, int offset) {
            if (offset >= source.length()) {
                return text.lineCount();
            }
            for (int line = Math.max(first + 1, text.positionAt(offset).line()); line < text.lineCount(); line++) {
                if (mayStartPiece(line)) {
                    return line;
                }
            }
            return text.lineCount();
        }

        private boolean mayStartPiece(int line) {
            int start = text.lineStart(line);
            int end = text.lineEnd(line);
            return (blankBefore(line) && SectionCache.isAtxHeading(source, start, end)) || isBulletItem(start, end);
        }

        private boolean blankBefore(int line) {
            return line > 0 && SectionCache.isBlank(source, text.lineStart(line - 1), text.lineEnd(line - 1));
        }

        /**
         * {@code - text}, {@code * text} or {@code + text} in column 0: it interrupts a paragraph and is no
         * lazy continuation or setext underline (it has text), and no thematic break ({@code - - -}).
         */
        private boolean isBulletItem(int start, int end) {
            if (end - start < 3 || "-*+".indexOf(source.charAt(start)) < 0) {
                return false;
            }
            char marker = source.charAt(start);
            if (source.charAt(start + 1) != ' ' && source.charAt(start + 1) != '\t') {
                return false;
            }
            boolean onlyMarkers = true;
            boolean text = false;
            for (int i = start + 1; i < end; i++) {
                char c = source.charAt(i);
                if (c != ' ' && c != '\t') {
                    text = true;
                    onlyMarkers &= c == marker;
                }
            }
            return text && !onlyMarkers;
        }

        /** Whether {@code tree} starts with a list holding a heading that the list ending {@code before} may go on in. */
        private static boolean continuesWithAHeading(Node before, Node tree) {
            return before.getLastChild() instanceof ListBlock
                    && tree.getFirstChild() instanceof ListBlock list
                    && containsHeading(list);
        }

        /** Whether, at the end of {@code tree}, nothing is open that the line {@code next} could continue. */
        private boolean closedBefore(Node tree, int next) {
            Node last = tree.getLastChild();
            if (depth(last) > MarkdownTree.MAX_OPEN_BLOCKS / 2) {
                return false;
            }
            if (last instanceof FencedCodeBlock f) {
                return f.getClosingFenceLength() != null;
            }
            if (last instanceof HtmlBlock h) {
                return blankBefore(next) && !SectionCache.htmlBlockOpen(h.getLiteral());
            }
            if (last instanceof TableBlock) {
                return blankBefore(next);
            }
            return !(last instanceof ListBlock list) || !containsHeading(list);
        }

        /**
         * Drops from a piece's tree what no scanner reads, since every piece's tree is held until the parse
         * ends (about 460 bytes per list item before, 250 after): the text of paragraphs (only headings' and
         * table cells' is read, as plain text), the source spans of text and emphasis (those of blocks, table
         * cells, code, HTML and links are read), and the spare room of span lists.
         */
        private static void slim(Node node, boolean textRead) {
            boolean childTextRead = textRead || node instanceof Heading || node instanceof TableCell;
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                if (isPlainInline(child) && !childTextRead) {
                    child.unlink();
                } else {
                    slim(child, childTextRead);
                }
                child = next;
            }
            boolean spansUnread = isPlainInline(node) || node instanceof Emphasis || node instanceof StrongEmphasis;
            node.setSourceSpans(spansUnread ? List.of() : node.getSourceSpans());
        }

        private static boolean isPlainInline(Node n) {
            return n instanceof Text || n instanceof SoftLineBreak || n instanceof HardLineBreak;
        }

        /** The blocks open at the end: the chain of last children. */
        private static int depth(Node last) {
            int depth = 0;
            for (Node n = last; n != null; n = n.getLastChild()) {
                depth++;
            }
            return depth;
        }

        private static boolean containsHeading(Node list) {
            boolean[] found = {false};
            list.accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    found[0] = true;
                }
            });
            return found[0];
        }
    }
}
