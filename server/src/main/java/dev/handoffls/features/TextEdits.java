package dev.handoffls.features;

import dev.handoffls.text.DocumentText;
import java.util.ArrayList;
import java.util.List;

/** Applies non-overlapping edits to a text (from the end, so earlier offsets stay valid). */
public final class TextEdits {
    private TextEdits() {}

    public static String apply(String text, List<TextEdit> edits) {
        DocumentText dt = new DocumentText(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> b.range().start().compareTo(a.range().start()));
        StringBuilder sb = new StringBuilder(text);
        int lastStart = Integer.MAX_VALUE;
        for (TextEdit e : sorted) {
            int start = dt.offsetAt(e.range().start());
            int end = Math.max(start, dt.offsetAt(e.range().end()));
            if (end > lastStart) {
                throw new IllegalArgumentException("overlapping edits at " + e.range());
            }
            sb.replace(start, end, e.newText());
            lastStart = start;
        }
        return sb.toString();
    }
}
