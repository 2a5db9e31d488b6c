package dev.handoffls.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a document counts for in a scan's parse budget: two documents parsed in pieces fit side by side. */
class ParseBudgetTest {
    private static final String ITEM = "- [R-1] Risk number 1\n";

    @Test
    void aSmallDocumentCountsItsLength() {
        assertThat(ParseBudget.cost(ITEM)).isEqualTo(ITEM.length());
    }

    @Test
    void aLargeDocumentParsedInPiecesCountsHalfTheBudget() {
        String large = ITEM.repeat(ParseBudget.CHARS / ITEM.length() + 1);
        assertThat(ParseBudget.cost(large) * 2).isEqualTo(ParseBudget.CHARS);
    }

    /** A link reference definition applies to the whole text, so the text is parsed at once. */
    @Test
    void aLargeDocumentWithALinkReferenceDefinitionTakesTheWholeBudget() {
        String large = ITEM.repeat(ParseBudget.CHARS / ITEM.length() + 1) + "\n[r]: https://example.com\n";
        assertThat(ParseBudget.cost(large)).isEqualTo(ParseBudget.CHARS);
    }

    @Test
    void aDocumentJustBelowThePieceThresholdTakesTheWholeBudgetItsLengthAllows() {
        String text = "x".repeat(ParseBudget.CHARS - 1);
        assertThat(ParseBudget.cost(text)).isEqualTo(ParseBudget.CHARS - 1);
    }
}
