package dev.handoffls.cli;

import static dev.handoffls.cli.CheckCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.Main;
import dev.handoffls.cli.CheckCommandTest.Run;
import dev.handoffls.testing.TestWorkspace;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that fails for a reason of its own exits 2 with one line on stderr, never 1 (which means
 * findings) with a stack trace; {@code --verbose} adds the trace (issue 13, defect 7). The failure is
 * real: the command's stdout throws, as a broken pipe or an exhausted heap would while it prints.
 */
class InternalErrorTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void workspace() {
        TestWorkspace.in(tmp).file(".handoff.yaml", "").file("notes.md", "# Notes\n");
    }

    @Test
    void anUnexpectedExceptionIsExit2WithOneLine() {
        Run r = runWithFailingStdout(new IllegalStateException("stdout is gone\nsecond line"), "check");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo("handoff-ls: internal error: IllegalStateException: stdout is gone; please report it"
                        + " (run with --verbose for the stack trace)" + System.lineSeparator());
    }

    @Test
    void verboseAddsTheStackTraceAndIsAcceptedByEveryCommand() {
        Run r = runWithFailingStdout(new IllegalStateException("stdout is gone"), "check", "--verbose");
        assertThat(r.exit()).isEqualTo(2);
        // check's --verbose also says what its cache did; the error is still one line of its own.
        assertThat(r.err().lines())
                .contains("handoff-ls: internal error: IllegalStateException: stdout is gone; please report it");
        assertThat(r.err()).contains("\tat dev.handoffls.cli.");
        for (String command : new String[] {"trail", "report"}) {
            Run ok = run(tmp, command, "--verbose", "--help");
            assertThat(ok.exit()).as(command).isZero();
        }
    }

    @Test
    void outOfMemorySuggestsALargerHeap() {
        Run r = runWithFailingStdout(new OutOfMemoryError("Java heap space"), "check", "--format", "json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("handoff-ls: out of memory (OutOfMemoryError: Java heap space)")
                .contains("-Xmx2g")
                .doesNotContain("\tat ");
    }

    @Test
    void aStackOverflowSuggestsALargerStack() {
        Run r = runWithFailingStdout(new StackOverflowError(), "check");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("handoff-ls: internal error: StackOverflowError (")
                .contains("-Xss16m");
    }

    @Test
    void findingsStayExit1WithVerbose() {
        TestWorkspace.in(tmp)
                .file(".agent/teams/a/phase-1/research-coord/L2-summary.md", "# L2 Summary — Phase 1\n\nDone.\n");
        Run r = run(tmp, "check", "--verbose");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("HL101");
    }

    @Test
    void theHookNeverFailsTheAgentsEditForAnInternalError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CrashReport.report(
                new IllegalStateException("boom"), "hook", false, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("handoff-ls hook: skipped (internal error: IllegalStateException: boom");
    }

    private Run runWithFailingStdout(Throwable failure, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) {
                throw sneaky(failure);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                throw sneaky(failure);
            }
        };
        int exit = Main.run(
                args,
                tmp,
                new CliOutput(
                        new PrintStream(failing, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Run(exit, "", err.toString(StandardCharsets.UTF_8));
    }

    /** Throws a {@code Throwable} from a method that declares none (the test's errors and runtime exceptions). */
    private static RuntimeException sneaky(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        return (RuntimeException) t;
    }
}
