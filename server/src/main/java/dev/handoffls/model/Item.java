package dev.handoffls.model;

import dev.handoffls.text.Range;

/**
 * A top-level list item of a handoff category or PT registry section.
 *
 * @param range     the item's first line, from the list marker to the end of its first paragraph
 * @param text      the raw source of the item's first paragraph (lines joined with '\n')
 * @param textStart offset of {@code text} in the document
 */
public record Item(Range range, String text, int textStart) {}
