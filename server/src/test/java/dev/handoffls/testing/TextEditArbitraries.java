package dev.handoffls.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Random edits an editor sends: replace a span of the current text, or (rarely) the whole of it. */
public final class TextEditArbitraries {
    private TextEditArbitraries() {}

    /**
     * An edit, resolved against whatever text it meets, so a sequence of them shrinks well.
     *
     * @param from   where it starts, modulo the text's length + 1
     * @param length how many UTF-16 units it replaces (clamped to the text)
     * @param whole  replace the whole text (an LSP change without a range)
     */
    public record Edit(int from, int length, String insert, boolean whole) {
        /** Start and end offsets in {@code text}, never inside a CRLF (an LSP position cannot address that). */
        public int[] span(String text) {
            if (whole) {
                return new int[] {0, text.length()};
            }
            int start = outsideCrlf(text, from % (text.length() + 1));
            int end = outsideCrlf(text, Math.min(text.length(), start + length));
            return new int[] {start, end};
        }

        public String applyTo(String text) {
            int[] span = span(text);
            return text.substring(0, span[0]) + insert + text.substring(span[1]);
        }

        private static int outsideCrlf(String text, int offset) {
            boolean inside = offset > 0
                    && offset < text.length()
                    && text.charAt(offset - 1) == '\r'
                    && text.charAt(offset) == '\n';
            return inside ? offset + 1 : offset;
        }
    }

    public static Arbitrary<Edit> edit() {
        Arbitrary<String> insert = Arbitraries.frequencyOf(
                Tuple.of(4, MarkdownArbitraries.inline()),
                Tuple.of(3, MarkdownArbitraries.line().map(l -> l + "\n")),
                Tuple.of(3, Arbitraries.of("", "\n", "\r\n", "\r", "-", "[", "]", "\uD83D", "\uDE80", "🚀")));
        return Combinators.combine(
                        Arbitraries.integers().between(0, 4000),
                        Arbitraries.integers().between(0, 60),
                        insert,
                        Arbitraries.integers().between(0, 29).map(n -> n == 0))
                .as(Edit::new);
    }
}
