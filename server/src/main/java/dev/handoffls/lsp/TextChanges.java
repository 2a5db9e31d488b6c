package dev.handoffls.lsp;

import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * Applies incremental changes (UTF-16 ranges) to a document's text. Runs on the JSON-RPC message thread for
 * every keystroke, so it finds a position by jumping from line break to line break up to its line instead of
 * indexing every line of the document; the text itself is still copied once per change.
 */
final class TextChanges {
    private TextChanges() {}

    static String apply(String text, List<TextDocumentContentChangeEvent> changes) {
        String current = text;
        for (TextDocumentContentChangeEvent change : changes) {
            if (change.getRange() == null) {
                current = change.getText();
                continue;
            }
            int start = offsetAt(current, change.getRange().getStart());
            int end = Math.max(start, offsetAt(current, change.getRange().getEnd()));
            current = current.substring(0, start) + change.getText() + current.substring(end);
        }
        return current;
    }

    /**
     * The offset of a position, as {@code DocumentText.offsetAt} gives it: {@code \n}, {@code \r\n} and a lone
     * {@code \r} end a line; a character past the line's end clamps to it; a line past the last is the end.
     */
    static int offsetAt(String text, Position p) {
        if (p.getLine() < 0) {
            return 0;
        }
        LineBreaks breaks = new LineBreaks(text);
        int start = 0;
        for (int line = 0; line < p.getLine(); line++) {
            int at = breaks.next(start);
            if (at == text.length()) {
                return text.length();
            }
            start = at + breaks.width(at);
        }
        return Math.min(start + Math.max(0, p.getCharacter()), breaks.next(start));
    }

    /** Finds line breaks with {@link String#indexOf}, remembering where the next of each kind is. */
    private static final class LineBreaks {
        private final String text;
        private int lf = -1;
        private int cr = -1;

        LineBreaks(String text) {
            this.text = text;
        }

        /** The first line break at or after {@code from}, or the text's length. */
        int next(int from) {
            if (lf < from && lf != text.length()) {
                lf = found(text.indexOf('\n', from));
            }
            if (cr < from && cr != text.length()) {
                cr = found(text.indexOf('\r', from));
            }
            return Math.min(lf, cr);
        }

        int width(int at) {
            return text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n' ? 2 : 1;
        }

        private int found(int index) {
            return index < 0 ? text.length() : index;
        }
    }
}
