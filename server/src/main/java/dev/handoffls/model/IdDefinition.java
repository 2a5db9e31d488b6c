package dev.handoffls.model;

import dev.handoffls.text.Range;

/**
 * An ID defined by an item (spec §4).
 *
 * @param range           the ID token (without brackets)
 * @param statement       the item's text after the ID, trimmed, without a trailing source annotation
 * @param categoryPrefix  the prefix of the category the item sits in
 * @param bracketed       false for {@code - AD-1: …} (HL207)
 */
public record IdDefinition(
        String id,
        IdToken token,
        Range range,
        Range itemRange,
        String statement,
        String categoryPrefix,
        boolean bracketed) {

    public String normalizedStatement() {
        return Statements.normalize(statement);
    }
}
