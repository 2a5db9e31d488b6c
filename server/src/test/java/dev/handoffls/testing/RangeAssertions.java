package dev.handoffls.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.text.DocumentText;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;

/** A range an editor can show: inside its document, start before end, never inside a surrogate pair. */
public final class RangeAssertions {
    private RangeAssertions() {}

    public static void assertInside(DocumentText text, Range range, Object what) {
        assertThat(range.start().compareTo(range.end()))
                .as("start after end: %s", what)
                .isLessThanOrEqualTo(0);
        assertValid(text, range.start(), what);
        assertValid(text, range.end(), what);
    }

    private static void assertValid(DocumentText text, Position p, Object what) {
        assertThat(p.line()).as("line of %s", what).isBetween(0, text.lineCount() - 1);
        int lineLength = text.lineEnd(p.line()) - text.lineStart(p.line());
        assertThat(p.character()).as("character of %s", what).isBetween(0, lineLength);
        int offset = text.lineStart(p.line()) + p.character();
        String s = text.text();
        boolean splitsPair = offset > 0
                && offset < s.length()
                && Character.isHighSurrogate(s.charAt(offset - 1))
                && Character.isLowSurrogate(s.charAt(offset));
        assertThat(splitsPair).as("splits a surrogate pair: %s", what).isFalse();
    }
}
