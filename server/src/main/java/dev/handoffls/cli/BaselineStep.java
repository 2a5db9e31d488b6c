package dev.handoffls.cli;

import dev.handoffls.baseline.Baseline;
import dev.handoffls.baseline.BaselineFile;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.rules.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * The baseline part of {@code check} (spec §14): which file, writing it, reading it. A baseline that
 * cannot be read is a one-line warning and no baseline, never a failed run: a bad merge of the file
 * must not stop CI from reporting, and reporting too much is the safe side.
 */
final class BaselineStep {
    private final Path file;
    private final String shown;
    private final PrintStream err;

    BaselineStep(CheckOptions options, Path cwd, Path root, PrintStream err) {
        this.file = file(options, cwd, root);
        this.shown = cwd.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
        this.err = err;
    }

    /** The baseline file of a run: {@code --baseline FILE}, the FILE of {@code --write-baseline}, or the default. */
    static Path file(CheckOptions options, Path cwd, Path root) {
        return options.baselineFile() != null
                ? cwd.resolve(options.baselineFile()).normalize()
                : root.resolve(BaselineFile.DEFAULT_NAME);
    }

    /**
     * Records the findings of the checked paths; entries of other paths already in the file are kept,
     * so {@code check --write-baseline docs} rewrites only what is under {@code docs}.
     */
    void write(List<Finding> findings, WorkspaceIndex index, Predicate<String> checked) throws IOException {
        Baseline fresh = Baseline.of(findings, index);
        Baseline kept = read();
        BaselineFile.write(file, kept.replacing(fresh, checked));
        err.println("handoff-ls: wrote " + findings.size() + " finding" + (findings.size() == 1 ? "" : "s")
                + " to the baseline " + shown);
    }

    /** The baseline to apply: none when the file is absent or unusable (with a warning for the latter). */
    Baseline read() {
        return BaselineFile.readOrEmpty(
                file, why -> err.println("handoff-ls: warning: ignoring the baseline " + shown + ": " + why));
    }
}
