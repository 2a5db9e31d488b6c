package dev.handoffls.model;

import dev.handoffls.text.Range;

/** A heading, bold lead or table row that defines an ID for its own document only (spec §4). */
public record LocalDefinition(String id, Range range) {
}
