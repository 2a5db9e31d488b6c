package dev.handoffls.features.structure;

import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.Heading;
import dev.handoffls.text.DocumentText;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.List;

/** Where headings' sections and categories end, shared by symbols, folding and selection ranges. */
final class Sections {
    private Sections() {}

    /**
     * The last line of the section of {@code headings.get(index)}: the line before the next heading of
     * the same or a higher level (or the end of the document), not counting trailing blank lines.
     */
    static int lastLine(HandoffDocument doc, int index) {
        List<Heading> headings = doc.headings();
        Heading h = headings.get(index);
        int end = doc.text().lineCount();
        for (int j = index + 1; j < headings.size(); j++) {
            if (headings.get(j).level() <= h.level()) {
                end = headings.get(j).line();
                break;
            }
        }
        return lastNonBlank(doc.text(), h.line(), end);
    }

    /** The last non-blank line in {@code [first, endExclusive)}, or {@code first} when all are blank. */
    static int lastNonBlank(DocumentText text, int first, int endExclusive) {
        int last = Math.min(endExclusive, text.lineCount()) - 1;
        while (last > first && text.lineText(last).isBlank()) {
            last--;
        }
        return Math.max(first, last);
    }

    /** The range of a heading's section: from the heading to the end of its last non-blank line. */
    static Range sectionRange(HandoffDocument doc, int index) {
        Heading h = doc.headings().get(index);
        return to(doc.text(), h.range().start(), lastLine(doc, index));
    }

    /** The range of a category or registry section, from its heading to its last non-blank line. */
    static Range categoryRange(HandoffDocument doc, Category c) {
        return to(
                doc.text(),
                c.headingRange().start(),
                lastNonBlank(doc.text(), c.heading().line(), c.endLine()));
    }

    static Range wholeDocument(DocumentText text) {
        return new Range(new Position(0, 0), text.positionAt(text.length()));
    }

    private static Range to(DocumentText text, Position start, int lastLine) {
        return new Range(start, text.positionAt(text.lineEnd(lastLine)));
    }
}
