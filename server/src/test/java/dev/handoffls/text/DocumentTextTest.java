package dev.handoffls.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentTextTest {

    @Test
    void lfEndsALine() {
        DocumentText t = new DocumentText("ab\ncd\n");
        assertThat(t.lineCount()).isEqualTo(3);
        assertThat(t.lineText(0)).isEqualTo("ab");
        assertThat(t.lineText(1)).isEqualTo("cd");
        assertThat(t.lineText(2)).isEmpty();
        assertThat(t.lineStart(1)).isEqualTo(3);
        assertThat(t.lineEnd(1)).isEqualTo(5);
    }

    @Test
    void crlfEndsALineOnce() {
        DocumentText t = new DocumentText("ab\r\ncd\r\n");
        assertThat(t.lineCount()).isEqualTo(3);
        assertThat(t.lineText(0)).isEqualTo("ab");
        assertThat(t.lineStart(1)).isEqualTo(4);
        assertThat(t.lineEnd(0)).isEqualTo(2);
        assertThat(t.lineText(1)).isEqualTo("cd");
    }

    @Test
    void aLoneCrEndsALine() {
        DocumentText t = new DocumentText("ab\rcd");
        assertThat(t.lineCount()).isEqualTo(2);
        assertThat(t.lineText(0)).isEqualTo("ab");
        assertThat(t.lineText(1)).isEqualTo("cd");
        assertThat(t.positionAt(3)).isEqualTo(new Position(1, 0));
    }

    @Test
    void mixedEndingsEachEndOneLine() {
        // LF, CRLF, CR, and LF CR (two endings: an empty line between them).
        DocumentText t = new DocumentText("a\nb\r\nc\rd\n\re");
        assertThat(t.lineCount()).isEqualTo(6);
        assertThat(t.lineText(0)).isEqualTo("a");
        assertThat(t.lineText(1)).isEqualTo("b");
        assertThat(t.lineText(2)).isEqualTo("c");
        assertThat(t.lineText(3)).isEqualTo("d");
        assertThat(t.lineText(4)).isEmpty();
        assertThat(t.lineText(5)).isEqualTo("e");
        assertThat(t.positionAt(t.length() - 1)).isEqualTo(new Position(5, 0));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ab\ncd\n", "ab\r\ncd\r\n", "ab\rcd\r", "a\nb\r\nc\rd\n\re", "# 標題 \uD83D\uDE80x\n\n- [R-1]"})
    void everyOffsetRoundTripsThroughAPosition(String s) {
        DocumentText t = new DocumentText(s);
        for (int offset = 0; offset <= s.length(); offset++) {
            // The middle of a CRLF has no position of its own: it maps to the end of the line's content.
            if (offset > 0 && offset < s.length() && s.charAt(offset - 1) == '\r' && s.charAt(offset) == '\n') {
                continue;
            }
            Position p = t.positionAt(offset);
            assertThat(t.offsetAt(p)).as("offset %d -> %s", offset, p).isEqualTo(offset);
        }
    }

    @Test
    void everyPositionOnALineRoundTrips() {
        DocumentText t = new DocumentText("first\r\nsecond\nthird");
        for (int line = 0; line < t.lineCount(); line++) {
            for (int ch = 0; ch <= t.lineText(line).length(); ch++) {
                Position p = new Position(line, ch);
                assertThat(t.positionAt(t.offsetAt(p))).isEqualTo(p);
            }
        }
    }

    @Test
    void emojiCountAsTwoUtf16Units() {
        DocumentText t = new DocumentText("\uD83D\uDE80 [R-1]");
        assertThat(t.lineText(0).indexOf("[R-1]")).isEqualTo(3);
        assertThat(t.positionAt(3)).isEqualTo(new Position(0, 3));
        assertThat(t.range(3, 8)).isEqualTo(Range.of(0, 3, 0, 8));
        assertThat(t.offsetAt(new Position(0, 8))).isEqualTo(8);
    }

    @Test
    void cjkCountsAsOneUtf16UnitEach() {
        DocumentText t = new DocumentText("決定事項\n[AD-1] 中文");
        assertThat(t.lineEnd(0)).isEqualTo(4);
        assertThat(t.positionAt(t.text().indexOf("中"))).isEqualTo(new Position(1, 7));
    }

    @Test
    void theMostUsedLineEndingIsDetected() {
        assertThat(new DocumentText("a\nb\nc").lineEnding()).isEqualTo("\n");
        assertThat(new DocumentText("a\r\nb\r\nc").lineEnding()).isEqualTo("\r\n");
        assertThat(new DocumentText("a\rb\rc").lineEnding()).isEqualTo("\r");
        assertThat(new DocumentText("a\r\nb\r\nc\nd").lineEnding()).isEqualTo("\r\n");
        assertThat(new DocumentText("a\r\nb\nc\nd").lineEnding()).isEqualTo("\n");
        assertThat(new DocumentText("one line").lineEnding()).isEqualTo("\n");
    }

    @Test
    void anEmptyDocumentHasOneEmptyLine() {
        DocumentText t = new DocumentText("");
        assertThat(t.length()).isZero();
        assertThat(t.lineCount()).isEqualTo(1);
        assertThat(t.lineText(0)).isEmpty();
        assertThat(t.positionAt(0)).isEqualTo(new Position(0, 0));
        assertThat(t.offsetAt(new Position(0, 0))).isZero();
        assertThat(t.offsetAt(new Position(3, 7))).isZero();
        assertThat(t.lineEnding()).isEqualTo("\n");
    }

    @Test
    void offsetsPastTheEndClamp() {
        DocumentText t = new DocumentText("ab\ncd");
        assertThat(t.positionAt(99)).isEqualTo(new Position(1, 2));
        assertThat(t.positionAt(-5)).isEqualTo(new Position(0, 0));
        assertThat(t.range(1, 99)).isEqualTo(Range.of(0, 1, 1, 2));
    }

    @Test
    void positionsPastTheEndClamp() {
        DocumentText t = new DocumentText("ab\r\ncd");
        assertThat(t.offsetAt(new Position(0, 50))).isEqualTo(2);
        assertThat(t.offsetAt(new Position(9, 0))).isEqualTo(t.length());
        assertThat(t.offsetAt(new Position(-1, 4))).isZero();
        assertThat(t.offsetAt(new Position(1, -3))).isEqualTo(4);
    }
}
