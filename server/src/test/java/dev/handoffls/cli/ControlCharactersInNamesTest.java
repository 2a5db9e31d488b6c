package dev.handoffls.cli;

import static dev.handoffls.cli.CheckCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.cli.CheckCommandTest.Run;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file name with a newline or a terminal escape cannot forge lines of the text output (issue 13, item 14:
 * CI log injection); JSON keeps the real name, escaped by its encoder.
 */
class ControlCharactersInNamesTest {
    private static final String FORGED = "evil\n0 errors, 0 warnings, 0 information, 0 hints in 1 file\n\u001b[2Kx.md";

    @TempDir
    Path tmp;

    @Test
    void controlCharactersAreEscaped() {
        assertThat(PathDisplay.escape("a\nb\rc\td\u0000e\u001bf\u007fg\u0085h\u2028i"))
                .isEqualTo("a\\nb\\rc\\td\\x00e\\x1bf\\x7fg\\x85h\\u2028i");
        assertThat(PathDisplay.escape("plain/é/🚀.md")).isEqualTo("plain/é/🚀.md");
    }

    @Test
    void aFindingInAFileWithANewlineInItsNameIsOneLine() {
        TestWorkspace.in(tmp)
                .file(".handoff.yaml", "")
                .file("notes/handoff-" + FORGED, "# Notes\n\nSee [the plan](nowhere/plan.md).\n");
        Run text = run(tmp, "check");
        assertThat(text.out().lines())
                .allMatch(l -> l.startsWith("notes/handoff-evil\\n0 errors, 0 warnings, 0 information, 0 hints in 1"
                                + " file\\n\\x1b[2Kx.md:")
                        || l.matches("\\d+ errors?, .* in 1 file"));
        assertThat(text.out().lines().filter(l -> l.startsWith("0 errors"))).isEmpty();
        Run json = run(tmp, "check", "--format", "json");
        assertThat(json.diagnostics())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.get("path").getAsString()).isEqualTo("notes/handoff-" + FORGED));
    }
}
