package dev.handoffls.model;

import dev.handoffls.text.Range;

/**
 * An ID defined in one of a team's own forms (spec §4 v3): a heading, a table row, a colon list item,
 * a bold lead or an {@code L1-index.yaml} entry. It defines its ID for the whole scope, for navigation
 * and for HL301; no handoff rule (duplicates, conflicts, categories, PT) reads it.
 *
 * @param range     the ID token (for a range heading such as {@code AD-6~8}, the whole range text)
 * @param statement the heading text after the ID, the row's next cell, or the text after the colon
 */
public record TeamDefinition(String id, Range range, String statement, Form form) {

    public enum Form {
        HEADING("heading"),
        TABLE_ROW("table row"),
        LIST_ITEM("list item"),
        BOLD_LEAD("bold lead"),
        L1_INDEX("L1 index entry"),
        TEAM_PREFIX("handoff item");

        public final String label;

        Form(String label) {
            this.label = label;
        }
    }
}
