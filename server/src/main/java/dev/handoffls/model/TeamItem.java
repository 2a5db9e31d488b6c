package dev.handoffls.model;

import dev.handoffls.text.Range;

/**
 * A handoff item (of an L2 category or a PT registry section) that begins with a label in a numbering
 * of the team's own, such as {@code - RISK-2: …} or {@code - CONS-11 — …} (spec §4 v3, team prefixes).
 * Whether {@code RISK} is a team prefix is decided for the whole scope: two or more items of one
 * category, or {@code teamPrefixes} in the configuration.
 *
 * @param label          the label as written, e.g. {@code RISK-2}
 * @param prefix         its letters, e.g. {@code RISK}
 * @param categoryPrefix the prefix of the category the item sits in, e.g. {@code R}
 * @param range          the label
 */
public record TeamItem(
        String label, String prefix, String categoryPrefix, Range range, Range itemRange, String statement) {}
