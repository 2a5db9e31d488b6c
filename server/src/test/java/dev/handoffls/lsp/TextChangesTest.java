package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.text.DocumentText;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

/** Text sync finds positions without a line index, exactly where the engine's {@link DocumentText} does. */
class TextChangesTest {

    @Test
    void everyPositionHasTheOffsetTheEngineGivesIt() {
        for (String text : List.of(
                "",
                "a",
                "a\n",
                "a\nb",
                "a\r\nb\r\n",
                "a\rb\r",
                "\n\n\r\n\r",
                "x\r\n\ry\n\r\nz",
                "🚀 é\r\nsecond\nthird")) {
            DocumentText engine = new DocumentText(text);
            for (int line = -1; line <= engine.lineCount() + 1; line++) {
                for (int character = -1; character <= 8; character++) {
                    Position p = new Position(line, character);
                    assertThat(TextChanges.offsetAt(text, p))
                            .as("%s in %s", p, text.replace("\r", "\\r").replace("\n", "\\n"))
                            .isEqualTo(engine.offsetAt(new dev.handoffls.text.Position(line, character)));
                }
            }
        }
    }

    @Test
    void changesApplyInOrderEachOnTheTextBeforeIt() {
        String text = "# T\r\n\r\n- [AD-1] One.\r\n";
        String after = TextChanges.apply(
                text,
                List.of(
                        new TextDocumentContentChangeEvent(new Range(new Position(2, 9), new Position(2, 12)), "Two"),
                        new TextDocumentContentChangeEvent(new Range(new Position(3, 0), new Position(3, 0)), "end")));
        assertThat(after).isEqualTo("# T\r\n\r\n- [AD-1] Two.\r\nend");
    }
}
