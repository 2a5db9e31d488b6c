package dev.handoffls.parse;

import dev.handoffls.model.FrontMatter;
import dev.handoffls.text.DocumentText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The commonmark tree of a document plus what the scanners need from it: the offsets of blocks and
 * inlines, and the "prose" mask — the text with code, HTML and link destinations blanked out.
 */
final class MarkdownTree {
    /**
     * Open blocks commonmark keeps before it stops starting new ones. It counts the blocks a line is about to
     * close too, so with its default (100) the first line after a list nested 50 deep could not start
     * anything: a task there was read as a plain paragraph (issue 13). 200 covers lists nested 99 deep; a
     * bound stays, because every line costs time in proportion to the blocks open.
     */
    static final int MAX_OPEN_BLOCKS = 200;

    /** Thread-safe (commonmark's Parser is), so shared by every parse. */
    static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxOpenBlockParsers(MAX_OPEN_BLOCKS)
            .build();

    record Span(int start, int end) {}

    record CodeSpan(int start, int end, String literal) {}

    final DocumentText text;
    /** The document's commonmark trees: one, or one per section ({@link SectionCache}) or piece ({@link Pieces}). */
    private List<SectionCache.Section> sections;
    /** Each section tree's first line; null when there is one tree (it starts at line 0). */
    private final IdentityHashMap<Node, Integer> firstLines;

    final char[] prose;
    /**
     * The prose before code spans were blanked (handoff names count in code too); a String, which holds
     * Latin-1 text in half an array's room. Empty when the text has no {@link #HANDOFF_NAME}.
     */
    final String proseWithCode;

    /** What every handoff ticket name holds ({@code handoff-….md}, see {@code ReferenceScanner}). */
    static final String HANDOFF_NAME = "handoff-";
    /** {@link #prose} as text, made once; see {@link #proseText()}. */
    private String proseText;
    /** Made on first use; see {@link #topLevelLists()}. */
    private TopLevelLists topLevelLists;

    final List<CodeSpan> codeSpans = new ArrayList<>();
    final List<Node> headings = new ArrayList<>();
    final List<Node> links = new ArrayList<>();
    final List<ListItem> listItems = new ArrayList<>();
    final List<Node> paragraphs = new ArrayList<>();
    final List<TableBlock> tables = new ArrayList<>();
    final List<HtmlInline> htmlInlines = new ArrayList<>();
    final List<HtmlBlock> htmlBlocks = new ArrayList<>();

    MarkdownTree(DocumentText text, Optional<FrontMatter> frontMatter) {
        this(text, frontMatter, null, Pieces.LARGE_DOCUMENTS);
    }

    /**
     * @param sections the trees of the previous version's sections, or null to parse the whole text
     * @param pieces how a whole text is cut into pieces for commonmark (a large one: its working set)
     */
    MarkdownTree(DocumentText text, Optional<FrontMatter> frontMatter, SectionCache sections, Pieces pieces) {
        this.text = text;
        String source = text.text();
        int fmEnd = frontMatter.map(fm -> text.offsetAt(fm.range().end())).orElse(0);
        if (fmEnd > 0) {
            // Blank the front matter so commonmark keeps every offset but does not see the YAML.
            char[] blanked = source.toCharArray();
            for (int i = 0; i < fmEnd; i++) {
                if (blanked[i] != '\n' && blanked[i] != '\r') {
                    blanked[i] = ' ';
                }
            }
            source = new String(blanked);
        }
        this.sections = sections == null ? pieces.parse(source, text, PARSER) : sections.parse(source, text, PARSER);
        this.firstLines = this.sections.size() > 1 ? new IdentityHashMap<>() : null;
        if (firstLines != null) {
            this.sections.forEach(sec -> firstLines.put(sec.document(), sec.firstLine()));
        }
        this.prose = blank(text.text());
        for (SectionCache.Section sec : this.sections) {
            sec.document().accept(new Collector());
        }
        for (Node n : paragraphs) {
            copy(n);
        }
        for (Node n : headings) {
            copy(n);
        }
        for (TableBlock t : tables) {
            copy(t);
        }
        // Only a text that names a handoff ticket needs the copy with code (two copies of the text).
        char[] withCode = text.text().contains(HANDOFF_NAME) ? prose.clone() : null;
        for (CodeSpan c : codeSpans) {
            mask(prose, c.start, c.end);
        }
        for (HtmlInline h : htmlInlines) {
            Span s = span(h);
            mask(prose, s.start, s.end);
            if (withCode != null) {
                mask(withCode, s.start, s.end);
            }
        }
        for (Node link : links) {
            Span d = destinationSpan(link);
            if (d != null) {
                mask(prose, d.start, d.end);
                if (withCode != null) {
                    mask(withCode, d.start, d.end);
                }
            }
        }
        this.proseWithCode = withCode == null ? "" : new String(withCode);
    }

    /**
     * Lets go of the commonmark trees once no scanner will read a node again, so that the model made after
     * that (referenced IDs, tasks) does not share the heap with them (10 MB of tasks: docs/reliability.md).
     */
    void releaseTrees() {
        sections = List.of();
        if (firstLines != null) {
            firstLines.clear();
        }
        topLevelLists = null;
        List.of(headings, links, listItems, paragraphs, tables, htmlInlines, htmlBlocks)
                .forEach(List::clear);
    }

    private char[] blank(String s) {
        char[] out = s.toCharArray(); // an array, not charAt: "JIT and UTF-16", docs/performance.md
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c != '\n' && c != '\r') {
                out[i] = ' ';
            }
        }
        return out;
    }

    private void copy(Node n) {
        int firstLine = firstLineOf(n);
        for (SourceSpan s : n.getSourceSpans()) {
            int start = offset(firstLine, s);
            text.text().getChars(start, Math.min(start + s.getLength(), text.length()), prose, start);
        }
    }

    /**
     * The prose as a String, made once for every scanner that reads it. Only for use after the last
     * scanner that masks it (the ID definitions of {@code IdScanner.scanDefinitions}).
     */
    String proseText() {
        if (proseText == null) {
            proseText = new String(prose);
        }
        return proseText;
    }

    /** The document's top-level lists by line, made once for every category that looks for its items. */
    TopLevelLists topLevelLists() {
        if (topLevelLists == null) {
            topLevelLists = new TopLevelLists(this);
        }
        return topLevelLists;
    }

    static void mask(char[] chars, int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, chars.length); i++) {
            if (chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
    }

    /** The top-level blocks of the whole document, in order (read once, by {@link #topLevelLists()}). */
    List<Node> topLevelBlocks() {
        List<Node> out = new ArrayList<>();
        for (SectionCache.Section sec : sections) {
            for (Node block = sec.document().getFirstChild(); block != null; block = block.getNext()) {
                out.add(block);
            }
        }
        return out;
    }

    /** The document line the source spans of {@code n} count from: where its section starts. */
    private int firstLineOf(Node n) {
        if (firstLines == null) {
            return 0;
        }
        Node top = n;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return firstLines.getOrDefault(top, 0);
    }

    private int offset(int firstLine, SourceSpan s) {
        int line = Math.min(firstLine + s.getLineIndex(), text.lineCount() - 1);
        return Math.min(text.lineStart(line) + s.getColumnIndex(), text.length());
    }

    /** Inline code spans inside [from, to); spans are collected in document order, so a binary search finds them. */
    List<CodeSpan> codeSpansIn(int from, int to) {
        int lo = 0;
        int hi = codeSpans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (codeSpans.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<CodeSpan> out = new ArrayList<>();
        for (int i = lo; i < codeSpans.size() && codeSpans.get(i).start() < to; i++) {
            if (codeSpans.get(i).end() <= to) {
                out.add(codeSpans.get(i));
            }
        }
        return out;
    }

    /** From the start of the node's first source span to the end of its last one. */
    Span span(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (spans.isEmpty()) {
            return new Span(0, 0);
        }
        SourceSpan last = spans.get(spans.size() - 1);
        int firstLine = firstLineOf(n);
        return new Span(
                offset(firstLine, spans.get(0)), Math.min(offset(firstLine, last) + last.getLength(), text.length()));
    }

    /** The raw source of a block, exactly as in the document (so offsets inside it map back). */
    String source(Node n) {
        Span s = span(n);
        return text.text().substring(s.start(), s.end());
    }

    /** The {@code (dest)} part of a link: from the end of its text to the end of the link. */
    Span destinationSpan(Node link) {
        Span whole = span(link);
        if (whole.end <= whole.start) {
            return null;
        }
        String src = text.text().substring(whole.start, whole.end);
        int idx = src.lastIndexOf("](");
        if (idx < 0) {
            return null;
        }
        return new Span(whole.start + idx + 2, whole.end);
    }

    /** Plain text of a heading or paragraph: its text and code literals. */
    static String plainText(Node n) {
        StringBuilder sb = new StringBuilder();
        n.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text t) {
                sb.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                sb.append(c.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak b) {
                sb.append(' ');
            }
        });
        return sb.toString().trim();
    }

    private final class Collector extends AbstractVisitor {
        @Override
        public void visit(Heading heading) {
            headings.add(heading);
            visitChildren(heading);
        }

        @Override
        public void visit(Paragraph paragraph) {
            paragraphs.add(paragraph);
            visitChildren(paragraph);
        }

        @Override
        public void visit(ListItem item) {
            listItems.add(item);
            visitChildren(item);
        }

        @Override
        public void visit(Code code) {
            Span s = span(code);
            codeSpans.add(new CodeSpan(s.start, s.end, code.getLiteral()));
        }

        @Override
        public void visit(HtmlInline html) {
            htmlInlines.add(html);
        }

        @Override
        public void visit(HtmlBlock html) {
            htmlBlocks.add(html);
        }

        @Override
        public void visit(Link link) {
            links.add(link);
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            links.add(image);
            visitChildren(image);
        }

        @Override
        public void visit(org.commonmark.node.CustomBlock block) {
            if (block instanceof TableBlock t) {
                tables.add(t);
            }
            visitChildren(block);
        }
    }
}
