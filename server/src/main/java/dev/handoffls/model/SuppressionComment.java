package dev.handoffls.model;

import dev.handoffls.text.Range;
import java.util.List;

/**
 * An inline {@code <!-- handoff-ls-… -->} comment (spec §14) as written. The codes stay text here:
 * resolving them (and reporting unknown ones) is the checker's business, not the parser's.
 *
 * @param range the whole comment
 * @param codes the codes or rule names, in order; empty means every code
 */
public record SuppressionComment(Kind kind, Range range, List<Token> codes) {

    public SuppressionComment {
        codes = List.copyOf(codes);
    }

    public enum Kind {
        DISABLE_NEXT_LINE("disable-next-line"),
        DISABLE_LINE("disable-line"),
        DISABLE("disable"),
        ENABLE("enable"),
        DISABLE_FILE("disable-file");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        /** The word after {@code handoff-ls-} in the comment. */
        public String keyword() {
            return keyword;
        }
    }

    /** One code or rule name as written, with its range. */
    public record Token(String text, Range range) {}
}
