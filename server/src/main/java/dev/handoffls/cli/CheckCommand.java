package dev.handoffls.cli;

import dev.handoffls.baseline.Baseline;
import dev.handoffls.codes.Severity;
import dev.handoffls.config.ConfigSet;
import dev.handoffls.config.LoadedConfig;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.model.Problem;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Finding;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code handoff-ls check [PATH…] [--format text|json|sarif] [--config FILE] [--fail-on …]} (spec §11), with
 * the baseline of spec §14.
 */
public final class CheckCommand {
    public static final String USAGE = """
            Usage: handoff-ls check [PATH...] [--format text|json|sarif] [--config FILE] [--fail-on error|warning|info] [--fix]
                                    [--baseline FILE] [--write-baseline [FILE]] [--no-baseline] [--no-cache] [--verbose]
                   handoff-ls lsp            (language server over stdio)

            Checks handoff markdown (L2 summaries, PERMANENT Task, directives, tickets, decisions).
              PATH        files or folders to report on (default: .); the workspace root is the nearest
                          folder at or above the first PATH holding .handoff.yaml or .git
              --format    text (default), json (schema version 1) or sarif (SARIF 2.1.0)
              --config    a .handoff.yaml to use instead of the one at the workspace root
              --fail-on   lowest severity that makes the exit status 1 (default: error)
              --fix       first apply the fixes marked safe (atomically, keeping line endings and BOM),
                          print what changed on stderr, then report what is left
              --write-baseline [FILE]
                          record every current finding in the baseline (default: .handoff-baseline.json
                          at the workspace root; FILE given as --write-baseline=FILE or ending in .json)
                          and exit 0; later runs report only findings not in it
              --baseline  the baseline file to read (default: .handoff-baseline.json at the workspace root)
              --no-baseline
                          report every finding, also those in the baseline
              --no-cache  neither read nor write the result cache (.handoff-cache/ at the workspace root)
              --verbose   say on stderr whether the cache was used; on an internal error (exit 2), print its
                          stack trace (every command takes it)
            Exit status: 0 no findings at or above --fail-on, 1 findings, 2 usage, configuration, I/O or internal error.
            Rules: docs/rules.md""";

    private final Path cwd;
    private final CliOutput io;

    public CheckCommand(Path cwd, CliOutput io) {
        this.cwd = cwd.toAbsolutePath().normalize();
        this.io = io;
    }

    public int run(String[] args) {
        try {
            CheckOptions options = CheckOptions.parse(args);
            if (options.help()) {
                io.out().println(USAGE);
                return 0;
            }
            return check(options);
        } catch (UsageException e) {
            io.err().println("handoff-ls: " + e.getMessage());
            io.err().println("Try 'handoff-ls check --help'.");
            return 2;
        } catch (IOException | UncheckedIOException e) {
            io.err().println("handoff-ls: cannot read the workspace: " + PathDisplay.escape(e.getMessage()));
            return 2;
        }
    }

    private int check(CheckOptions options) throws UsageException, IOException {
        List<Path> targets = new ArrayList<>();
        for (String p : options.paths().isEmpty() ? List.of(".") : options.paths()) {
            Path t = cwd.resolve(p).normalize();
            if (!Files.exists(t)) {
                throw new UsageException("no such file or folder: " + p);
            }
            targets.add(t.toRealPath());
        }
        Path root = WorkspaceRoot.find(targets.get(0), cwd.toRealPath());
        List<String> include = new ArrayList<>();
        for (Path t : targets) {
            if (!t.startsWith(root)) {
                throw new UsageException(
                        t + " is outside the workspace root " + root + " (the first PATH decides the root)");
            }
            include.add(root.relativize(t).toString().replace('\\', '/'));
        }
        CheckCache cache = CheckCache.open(options, cwd, root, include, io.err());
        Report cached = cache.lookup(new PathDisplay(root, cwd));
        if (cached != null) {
            return show(options, cached, new FixRunner.Outcome(0, 0));
        }
        ConfigSet config = loadConfig(options, root);
        FixRunner.Outcome fixed = new FixRunner.Outcome(0, 0);
        if (options.fix()) {
            // Fix reports go to stderr so that --format json/sarif stays parseable on stdout.
            fixed = new FixRunner(root, config, new PathDisplay(root, cwd), io.err()).run(Checker.under(include));
            int n = fixed.applied();
            io.err().println(n == 0 ? "no safe fixes to apply" : "applied " + n + " safe fix" + (n == 1 ? "" : "es"));
        }
        WorkspaceLoader loader = new WorkspaceLoader(root, config);
        WorkspaceLoader.Walk walk = loader.walk();
        WorkspaceIndex index = loader.index(walk, n -> {});
        for (int i = 0; i < include.size() && !options.paths().isEmpty(); i++) {
            var unreadable = WalkNotes.unreadable(walk, include.get(i));
            if (unreadable.isPresent()) {
                io.err().println("handoff-ls: cannot read " + options.paths().get(i) + ": " + unreadable.get());
                return 2;
            }
            // A PATH that holds nothing to check must not pass as a clean run (a typo, pom.xml, an ignored folder).
            if (countFiles(index, List.of(include.get(i))) == 0) {
                io.err()
                        .println("handoff-ls: " + options.paths().get(i) + " holds no markdown document to check"
                                + " (not markdown, empty, or excluded by ignore)");
                return 2;
            }
        }
        WalkNotes.print(walk, Checker.under(include), new PathDisplay(root, cwd), io.err());
        List<Finding> all = Checker.standard().check(index, Checker.under(include));
        BaselineStep baseline = new BaselineStep(options, cwd, root, cache.err());
        if (options.writeBaseline()) {
            baseline.write(all, index, Checker.under(include));
            return 0;
        }
        Baseline.Filtered shown = options.noBaseline()
                ? new Baseline.Filtered(all, 0)
                : baseline.read().filter(all, index);
        List<Finding> findings = shown.findings();
        PathDisplay display = new PathDisplay(root, cwd);
        Report report = new Report(findings, countFiles(index, include), display, shown.baselined());
        int exit = show(options, report, fixed);
        cache.store(report);
        return exit;
    }

    private int show(CheckOptions options, Report report, FixRunner.Outcome fixed) throws IOException {
        // Streamed through one buffer: a large run's output is never built whole (nor flushed line by line).
        Writer out = new BufferedWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), 1 << 16);
        switch (options.format()) {
            case "json" -> JsonFormatter.write(report, out);
            case "sarif" -> SarifFormatter.write(report, report.paths().root(), out);
            default -> TextFormatter.write(report, out);
        }
        out.flush();
        boolean fail = report.findings().stream()
                .anyMatch(f -> f.severity() != Severity.HINT && f.severity().atLeast(options.failOn()));
        // A file --fix had to leave alone is an I/O problem the run must not hide behind its findings.
        return fixed.refused() > 0 ? 2 : fail ? 1 : 0;
    }

    /** {@code --config FILE} for every document, else every {@code .handoff.yaml} under the root. */
    private ConfigSet loadConfig(CheckOptions options, Path root) throws UsageException, IOException {
        ConfigSet configs;
        if (options.configFile() != null) {
            Path file = cwd.resolve(options.configFile()).normalize();
            if (!Files.isRegularFile(file)) {
                throw new UsageException((Files.exists(file)
                                ? "configuration file is not a regular file: "
                                : "configuration file not found: ")
                        + options.configFile());
            }
            configs = ConfigSet.single(WorkspaceLoader.readConfigFile(file, options.configFile()));
        } else {
            configs = WorkspaceLoader.discoverConfigs(root);
        }
        StringBuilder sb = new StringBuilder();
        PathDisplay display = new PathDisplay(root, cwd);
        for (LoadedConfig config : configs.all()) {
            String shown = options.configFile() != null
                    ? options.configFile()
                    : display.text(config.path() == null ? ".handoff.yaml" : config.path());
            for (Problem p : config.problems()) {
                sb.append(System.lineSeparator())
                        .append("  ")
                        .append(shown)
                        .append(':')
                        .append(p.range().startLine() + 1)
                        .append(':')
                        .append(p.range().start().character() + 1)
                        .append(": ")
                        .append(p.message());
            }
        }
        if (sb.length() > 0) {
            throw new UsageException("invalid configuration:" + sb);
        }
        return configs;
    }

    private static int countFiles(WorkspaceIndex index, List<String> include) {
        var filter = Checker.under(include);
        int n = (int) index.documents().keySet().stream().filter(filter).count();
        return n + (int) index.skipped().keySet().stream().filter(filter).count();
    }
}
