package dev.handoffls.model;

import dev.handoffls.text.Range;
import java.util.List;

/**
 * A category of a Downstream Handoff (or a registry section of a PT).
 *
 * @param prefix       the ID prefix this category owns, or null for Artifacts / free-text sections
 * @param name         the canonical name (e.g. "Decisions Made", "Risk Registry")
 * @param order        position in the canonical order
 * @param headingRange the range of the heading line
 * @param endLine      the last line (exclusive) that belongs to the category
 * @param items        top-level items, not counting a {@code - None} marker
 */
public record Category(
        String prefix,
        String name,
        int order,
        Heading heading,
        Range headingRange,
        int endLine,
        List<Item> items,
        boolean markedEmpty) {

    public boolean ownsIds() {
        return prefix != null;
    }
}
