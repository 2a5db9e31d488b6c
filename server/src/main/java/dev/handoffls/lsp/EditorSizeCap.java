package dev.handoffls.lsp;

import dev.handoffls.util.RegularFiles;
import java.util.Optional;

/**
 * {@code maxFileSize} for the editor's text of an open document (issue 13, item 11): a document over it is
 * not parsed, as on disk, so a 10 MB L2 costs neither seconds per keystroke nor gigabytes. It becomes a
 * skipped file of the index (HL002), and every feature answers empty for it.
 */
final class EditorSizeCap {
    private EditorSizeCap() {}

    /** Why the text is not parsed, in the words of a skipped file's HL002; empty when it fits. */
    static Optional<String> exceeded(String text, long cap) {
        if ((long) text.length() * 3 <= cap) {
            return Optional.empty(); // no UTF-16 unit takes more than 3 bytes in UTF-8: no need to count
        }
        long size = utf8Length(text);
        if (size <= cap) {
            return Optional.empty();
        }
        return Optional.of("larger than maxFileSize (" + new RegularFiles.TooLarge(size, cap).sizes()
                + "); checks and editor features are off for this document until it is smaller");
    }

    /** The size the text has on disk once saved as UTF-8 (a surrogate pair is 4 bytes, 2 per unit). */
    static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
