package dev.handoffls.lsp;

import dev.handoffls.text.DocumentText;
import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** Applies incremental changes (UTF-16 ranges) to a document's text. */
final class TextChanges {
    private TextChanges() {}

    static String apply(String text, List<TextDocumentContentChangeEvent> changes) {
        String current = text;
        for (TextDocumentContentChangeEvent change : changes) {
            if (change.getRange() == null) {
                current = change.getText();
                continue;
            }
            DocumentText dt = new DocumentText(current);
            int start = dt.offsetAt(Convert.position(change.getRange().getStart()));
            int end = Math.max(
                    start, dt.offsetAt(Convert.position(change.getRange().getEnd())));
            current = current.substring(0, start) + change.getText() + current.substring(end);
        }
        return current;
    }
}
