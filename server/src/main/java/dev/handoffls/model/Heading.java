package dev.handoffls.model;

import dev.handoffls.text.Range;

/** A markdown heading: its level, plain text, the range of the whole heading line and its anchor slug. */
public record Heading(int level, String text, Range range, int line, String slug) {}
