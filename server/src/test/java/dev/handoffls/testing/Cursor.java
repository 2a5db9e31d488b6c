package dev.handoffls.testing;

import dev.handoffls.text.DocumentText;
import dev.handoffls.text.Position;

/**
 * The cursor of the house test language: a document written with one {@code |} where the cursor is.
 * {@code Cursor.of("- [AD-|1] Use events")} gives the text without the bar and the LSP position.
 */
public record Cursor(String text, Position position) {

    public static Cursor of(String textWithBar) {
        int at = textWithBar.indexOf('|');
        if (at < 0 || textWithBar.indexOf('|', at + 1) >= 0) {
            throw new IllegalArgumentException("mark the cursor with exactly one '|'");
        }
        String text = textWithBar.substring(0, at) + textWithBar.substring(at + 1);
        return new Cursor(text, new DocumentText(text).positionAt(at));
    }
}
