package dev.handoffls.features.structure;

import dev.handoffls.features.IdAt;
import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.model.IdReference;
import dev.handoffls.model.Item;
import dev.handoffls.text.DocumentText;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Expand-selection steps at a position, innermost first: the ID token, the whole range reference it
 * is part of, the item (or the line's text outside items), the category, each enclosing section
 * (innermost first), the whole document. Each range contains the one before; equal steps appear once.
 */
public final class SelectionRanges {
    private SelectionRanges() {}

    public static List<Range> at(HandoffDocument doc, Position p) {
        DocumentText text = doc.text();
        Position at = text.positionAt(text.offsetAt(p));
        List<Range> candidates = new ArrayList<>();
        IdAt.find(doc, at).ifPresent(id -> {
            candidates.add(id.range());
            doc.references().stream()
                    .filter(r -> r.range().contains(at) && r.isRange())
                    .map(IdReference::range)
                    .findFirst()
                    .ifPresent(candidates::add);
        });
        Optional<Category> category = category(doc, at);
        Optional<Item> item = category.flatMap(
                c -> c.items().stream().filter(i -> i.range().contains(at)).findFirst());
        candidates.add(item.map(Item::range).orElseGet(() -> line(text, at.line())));
        category.ifPresent(c -> candidates.add(Sections.categoryRange(doc, c)));
        for (int i = doc.headings().size() - 1; i >= 0; i--) {
            if (doc.headings().get(i).line() <= at.line()) {
                Range section = Sections.sectionRange(doc, i);
                if (section.contains(at)) {
                    candidates.add(section);
                }
            }
        }
        candidates.add(Sections.wholeDocument(text));
        return nested(candidates, at);
    }

    /** The innermost category (handoff or registry) whose lines hold the position. */
    private static Optional<Category> category(HandoffDocument doc, Position p) {
        return Stream.concat(doc.handoff().stream(), doc.registry().stream())
                .map(HandoffSection::categories)
                .flatMap(List::stream)
                .filter(c -> c.heading().line() <= p.line() && p.line() < c.endLine())
                .reduce((a, b) -> b.heading().line() >= a.heading().line() ? b : a);
    }

    private static Range line(DocumentText text, int line) {
        String l = text.lineText(line);
        int indent = l.length() - l.stripLeading().length();
        int start = text.lineStart(line);
        return text.range(start + indent, text.lineEnd(line));
    }

    private static List<Range> nested(List<Range> candidates, Position p) {
        List<Range> out = new ArrayList<>();
        for (Range r : candidates) {
            if (!r.contains(p)) {
                continue;
            }
            Range last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || (!r.equals(last) && within(last, r))) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    private static boolean within(Range inner, Range outer) {
        return outer.start().compareTo(inner.start()) <= 0 && inner.end().compareTo(outer.end()) <= 0;
    }
}
