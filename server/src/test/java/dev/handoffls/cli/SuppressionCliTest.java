package dev.handoffls.cli;

import static dev.handoffls.cli.CheckCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.cli.CheckCommandTest.Run;
import dev.handoffls.testing.TestWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec §14 on the command line: comments apply as in the editor; {@code --fix} never writes one. */
class SuppressionCliTest {
    private static final String NOTES = "_agents/_handoffs/notes.md";

    @TempDir
    Path tmp;

    @Test
    void aCommentSilencesTheFindingAndTheRunPasses() {
        TestWorkspace.in(tmp)
                .file(NOTES, "<!-- handoff-ls-disable-next-line phantom-deploy-target -->\n- [ ] Deploy worker.py\n");
        Run r = run(tmp, "check");
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .isEqualTo("0 errors, 0 warnings, 0 information, 0 hints in 1 file" + System.lineSeparator());
    }

    @Test
    void fixDoesNotApplyTheSuppression() throws IOException {
        String text = "- [ ] Deploy worker.py\n";
        TestWorkspace.in(tmp).file(NOTES, text);
        Run r = run(tmp, "check", "--fix");
        assertThat(r.err()).contains("no safe fixes to apply");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(Files.readString(tmp.resolve(NOTES))).isEqualTo(text);
    }

    @Test
    void anUnknownCodeIsAWarningInTheReport() {
        TestWorkspace.in(tmp).file(NOTES, "<!-- handoff-ls-disable-file HL999 -->\n");
        Run r = run(tmp, "check", "--fail-on", "warning");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(NOTES + ":1:30: warning HL004 unknown code 'HL999'");
    }
}
