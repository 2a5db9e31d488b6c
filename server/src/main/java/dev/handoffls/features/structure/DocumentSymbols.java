package dev.handoffls.features.structure;

import dev.handoffls.model.Category;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.FrontMatter;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.model.Heading;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.Item;
import dev.handoffls.model.MetadataValue;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outline of a document: level-1 and level-2 headings as sections (nested by level), the
 * Downstream Handoff's categories and the PT's registry sections with their items (an ID definition
 * is named by its ID, its statement as detail), and a ticket's facts as keys. Every symbol is placed
 * under the innermost symbol whose range contains it, so ranges always nest.
 */
public final class DocumentSymbols {
    private DocumentSymbols() {}

    public static List<Symbol> of(HandoffDocument doc) {
        List<Node> nodes = new ArrayList<>();
        Set<Integer> categoryHeadings = new HashSet<>();
        doc.handoff().ifPresent(h -> categories(doc, h, nodes, categoryHeadings));
        doc.registry().ifPresent(r -> categories(doc, r, nodes, categoryHeadings));
        List<Heading> headings = doc.headings();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (h.level() <= 2 && !categoryHeadings.contains(h.line())) {
                nodes.add(new Node(name(h), "", SymbolKind.SECTION, Sections.sectionRange(doc, i), h.range()));
            }
        }
        if (doc.kind() == DocumentKind.HANDOFF) {
            facts(doc, nodes);
        }
        nodes.sort(Comparator.comparing((Node n) -> n.range.start())
                .thenComparing(n -> n.range.end(), Comparator.reverseOrder()));
        List<Node> roots = new ArrayList<>();
        for (Node n : nodes) {
            place(roots, n);
        }
        return roots.stream().map(Node::toSymbol).toList();
    }

    private static void categories(
            HandoffDocument doc, HandoffSection section, List<Node> nodes, Set<Integer> headingLines) {
        Set<Range> seenItems = new HashSet<>();
        TreeMap<Position, IdDefinition> definitions = new TreeMap<>();
        doc.definitions().forEach(d -> definitions.putIfAbsent(d.range().start(), d));
        for (Category c : section.categories()) {
            headingLines.add(c.heading().line());
            nodes.add(new Node(
                    name(c.heading()),
                    c.prefix() == null ? "" : c.prefix(),
                    SymbolKind.CATEGORY,
                    Sections.categoryRange(doc, c),
                    c.headingRange()));
            for (Item item : c.items()) {
                if (seenItems.add(item.range())) {
                    nodes.add(item(definitions, c, item));
                }
            }
        }
    }

    private static Node item(TreeMap<Position, IdDefinition> definitions, Category c, Item item) {
        Optional<IdDefinition> def = Optional.ofNullable(
                        definitions.ceilingEntry(item.range().start()))
                .map(Map.Entry::getValue)
                .filter(d -> within(d.range(), item.range()));
        if (def.isPresent()) {
            return new Node(
                    def.get().id(),
                    Labels.oneLine(def.get().statement()),
                    SymbolKind.ITEM,
                    item.range(),
                    def.get().range());
        }
        String text = Labels.oneLine(item.text());
        return new Node(
                text.isEmpty() ? "(empty item)" : text,
                "",
                c.ownsIds() ? SymbolKind.ITEM : SymbolKind.FILE,
                item.range(),
                item.range());
    }

    private static void facts(HandoffDocument doc, List<Node> nodes) {
        for (FrontMatter.Entry e :
                doc.frontMatter().map(fm -> fm.entries().values()).orElse(List.of())) {
            if (e.value() != null) {
                nodes.add(new Node(
                        e.key(),
                        Labels.oneLine(e.value()),
                        SymbolKind.KEY,
                        new Range(e.keyRange().start(), e.valueRange().end()),
                        e.keyRange()));
            }
        }
        for (MetadataValue m : doc.bodyMetadata().values()) {
            String key = doc.text()
                    .text()
                    .substring(
                            doc.text().offsetAt(m.keyRange().start()),
                            doc.text().offsetAt(m.keyRange().end()));
            nodes.add(new Node(
                    key.trim(),
                    Labels.oneLine(m.value()),
                    SymbolKind.KEY,
                    new Range(m.keyRange().start(), m.valueRange().end()),
                    m.keyRange()));
        }
    }

    private static String name(Heading h) {
        return h.text().isBlank() ? "(untitled)" : h.text().trim();
    }

    private static boolean within(Range inner, Range outer) {
        return outer.start().compareTo(inner.start()) <= 0 && inner.end().compareTo(outer.end()) <= 0;
    }

    /**
     * Nodes arrive sorted by start (outer first), so appending keeps children in document order, and only the
     * last sibling can hold a node: an earlier one that held it would also hold the last sibling (which starts
     * between them), so that one would have been placed inside it. Checking one sibling per level keeps 50,000
     * items linear (issue 13, item 11).
     */
    private static void place(List<Node> siblings, Node n) {
        List<Node> level = siblings;
        while (!level.isEmpty() && within(n.range, level.get(level.size() - 1).range)) {
            level = level.get(level.size() - 1).children;
        }
        level.add(n);
    }

    private static final class Node {
        final String name;
        final String detail;
        final SymbolKind kind;
        final Range range;
        final Range selection;
        final List<Node> children = new ArrayList<>();

        Node(String name, String detail, SymbolKind kind, Range range, Range selection) {
            this.name = name;
            this.detail = detail;
            this.kind = kind;
            this.range = range;
            this.selection = selection;
        }

        Symbol toSymbol() {
            return new Symbol(
                    name,
                    detail,
                    kind,
                    range,
                    selection,
                    children.stream().map(Node::toSymbol).toList());
        }
    }
}
