package dev.handoffls.text;

import java.util.Arrays;

/**
 * Immutable document text with a line index. Offsets are Java {@code char} indexes, i.e. UTF-16
 * code units, so they convert to LSP positions without re-encoding. {@code \n}, {@code \r\n} and a
 * lone {@code \r} all end a line.
 */
public final class DocumentText {
    private final String text;
    private final int[] lineStarts;

    public DocumentText(String text) {
        this.text = text;
        this.lineStarts = computeLineStarts(text);
    }

    private static int[] computeLineStarts(String s) {
        if (s.indexOf('\r') < 0) {
            return lineFeedStarts(s);
        }
        // Loops over a document scan arrays, not String.charAt: see "JIT and UTF-16", docs/performance.md.
        char[] text = s.toCharArray();
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length && text[i + 1] == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** Without carriage returns: String.indexOf finds each line end without a copy of the text. */
    private static int[] lineFeedStarts(String s) {
        int[] starts = new int[Math.max(16, s.length() / 32)];
        int count = 1;
        for (int nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', nl + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = nl + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int lineStart(int line) {
        return lineStarts[line];
    }

    /** Offset just past the line's content, before its line ending. */
    public int lineEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        while (end > lineStarts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    public Position positionAt(int offset) {
        int clamped = clamp(offset);
        int line = lineOf(clamped);
        return new Position(line, clamped - lineStarts[line]);
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }

    private int lineOf(int clampedOffset) {
        int idx = Arrays.binarySearch(lineStarts, clampedOffset);
        return idx >= 0 ? idx : -idx - 2;
    }

    /** Offset of a position; characters past the line's end clamp to the end of its content. */
    public int offsetAt(Position p) {
        if (p.line() < 0) {
            return 0;
        }
        if (p.line() >= lineStarts.length) {
            return text.length();
        }
        return Math.min(lineStarts[p.line()] + Math.max(0, p.character()), lineEnd(p.line()));
    }

    public Range range(int startOffset, int endOffset) {
        int start = clamp(startOffset);
        int end = clamp(endOffset);
        int startLine = lineOf(start);
        int endLine = lineOf(end);
        return Range.of(startLine, start - lineStarts[startLine], endLine, end - lineStarts[endLine]);
    }

    /** The line ending this document mostly uses, for edits that must match it. */
    public String lineEnding() {
        int crlf = 0, lf = 0, cr = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        return cr > lf ? "\r" : "\n";
    }
}
