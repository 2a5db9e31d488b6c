package dev.handoffls.cli;

import dev.handoffls.cli.cache.CachedRun;
import dev.handoffls.cli.cache.ResultCache;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The result cache as {@code check} uses it (docs/cli.md, "Cache"): which runs may use it, and what a
 * run records so that replaying it prints the same. Runs that write files ({@code --fix},
 * {@code --write-baseline}) neither read nor write it.
 */
final class CheckCache {
    private final ResultCache cache;
    private final RecordingStream err;

    private CheckCache(ResultCache cache, PrintStream err) {
        this.cache = cache;
        this.err = new RecordingStream(err);
    }

    static CheckCache open(CheckOptions options, Path cwd, Path root, List<String> include, PrintStream err) {
        if (options.noCache() || options.fix() || options.writeBaseline()) {
            return new CheckCache(ResultCache.off(err, options.verbose()), err);
        }
        Path config = options.configFile() == null
                ? null
                : cwd.resolve(options.configFile()).normalize();
        Path baseline = options.noBaseline() ? null : BaselineStep.file(options, cwd, root);
        return new CheckCache(
                ResultCache.open(new ResultCache.Inputs(root, include, config, baseline), err, options.verbose()), err);
    }

    /** The report of an identical earlier run, its warnings printed again; null when there is none. */
    Report lookup(PathDisplay display) {
        CachedRun run = cache.lookup();
        return run == null ? null : new Report(run.findings(), run.files(), display, run.baselined());
    }

    /** Where the run prints its warnings, so that they are recorded with its result. */
    PrintStream err() {
        return err;
    }

    void store(Report report) {
        if (!err.unrecorded()) {
            cache.store(new CachedRun(report.findings(), report.files(), report.baselined(), err.lines()));
        }
    }
}
