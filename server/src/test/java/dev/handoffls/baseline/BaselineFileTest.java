package dev.handoffls.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoffls.baseline.BaselineFile.InvalidBaselineException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline file round-trips any line text and refuses what it cannot use, with a one-line reason. */
class BaselineFileTest {

    @Test
    void anyTextRoundTrips() throws InvalidBaselineException {
        Baseline b = new Baseline(List.of(
                new BaselineEntry("b.md", "HL301", "AD-9", "quote \" back\\slash tab\t bell\u0007 nel\u0085 é ✅ 😀"),
                new BaselineEntry("a.md", "HL304", "x.py", "# not a comment: {[}] - * & ! | > ' %")));
        String json = BaselineFile.format(b);
        assertThat(BaselineFile.parse(json).entries()).isEqualTo(b.entries());
        assertThat(json.indexOf("a.md")).isLessThan(json.indexOf("b.md"));
    }

    @Test
    void anEmptyBaselineIsAnEmptyList() throws InvalidBaselineException {
        assertThat(BaselineFile.format(Baseline.EMPTY)).isEqualTo("{\n  \"version\": 1,\n  \"findings\": []\n}\n");
        assertThat(BaselineFile.parse(BaselineFile.format(Baseline.EMPTY)).isEmpty())
                .isTrue();
    }

    @Test
    void compactJsonIsReadToo() throws InvalidBaselineException {
        String json =
                "{\"version\":1,\"findings\":[{\"path\":\"a.md\",\"code\":\"HL301\",\"subject\":\"AD-1\",\"line\":\"x\"}]}";
        assertThat(BaselineFile.parse(json).entries()).containsExactly(new BaselineEntry("a.md", "HL301", "AD-1", "x"));
    }

    @Test
    void unusableFilesAreRefusedWithAReason() {
        assertThatThrownBy(() -> BaselineFile.parse("[1, 2")).hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> BaselineFile.parse("[]")).hasMessageContaining("\"findings\"");
        assertThatThrownBy(() -> BaselineFile.parse("{\"version\": 1, \"findings\": [{\"path\": \"a.md\"}]}"))
                .hasMessageContaining("finding 1 needs");
        assertThatThrownBy(() -> BaselineFile.parse("{\"version\": 1, \"findings\": {}}"))
                .hasMessageContaining("must be a list");
        assertThatThrownBy(() -> BaselineFile.parse("")).isInstanceOf(InvalidBaselineException.class);
    }
}
