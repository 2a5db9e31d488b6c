package dev.handoffls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Severity;
import dev.handoffls.config.LoadedConfig;
import dev.handoffls.features.TextEdits;
import dev.handoffls.features.fixes.QuickFix;
import dev.handoffls.features.fixes.QuickFixes;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.EngineLog;
import dev.handoffls.testing.MarkdownArbitraries;
import dev.handoffls.testing.PropertyBudget;
import dev.handoffls.testing.ScaledTries;
import dev.handoffls.testing.TestWorkspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * What "safe" promises (issue 13, tests 1; CONTRIBUTING, "Adding a quick fix"): a safe fix removes
 * its finding and adds no error, and {@code check --fix} applying them ends with nothing safe left.
 */
@AddLifecycleHook(PropertyBudget.class)
class SafeFixPropertyTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String LATER_L2 = ".agent/teams/alpha/phase-4/planning-coord/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";
    /** Parses only; the root is never read. */
    private static final WorkspaceLoader LOADER = new WorkspaceLoader(Path.of("unused"), LoadedConfig.defaults());

    @Provide
    Arbitrary<Map<String, String>> pipelines() {
        return Combinators.combine(
                        MarkdownArbitraries.l2(),
                        MarkdownArbitraries.l2(),
                        MarkdownArbitraries.pt(),
                        Arbitraries.maps(MarkdownArbitraries.anyPath(), MarkdownArbitraries.document())
                                .ofMaxSize(2))
                .as((l2, later, pt, others) -> {
                    Map<String, String> files = new TreeMap<>(others);
                    files.putAll(Map.of(L2, l2, LATER_L2, later, PT, pt));
                    return files;
                });
    }

    @Property
    @ScaledTries(permille = 250, min = 10)
    void everySafeFixRemovesItsFindingAndAddsNoError(@ForAll("pipelines") Map<String, String> files) {
        try (EngineLog log = EngineLog.record()) {
            WorkspaceIndex index = index(files);
            List<Finding> before = Checker.standard().check(index, Checker.everything());
            for (Finding f : before) {
                for (QuickFix fix :
                        QuickFixes.forFinding(index, index.document(f.path()).orElseThrow(), f)) {
                    if (!fix.safe()) {
                        continue;
                    }
                    List<Finding> after = Checker.standard().check(index(applied(files, fix)), Checker.everything());
                    assertThat(count(after, f))
                            .as("%s for %s still finds it", fix.title(), f)
                            .isLessThan(count(before, f));
                    Map<String, Long> errorsBefore = errors(before);
                    errors(after.stream().filter(e -> !onEditedLine(e, fix)).toList())
                            .forEach((where, n) -> assertThat(n)
                                    .as("errors %s after %s for %s", where, fix.title(), f)
                                    .isLessThanOrEqualTo(errorsBefore.getOrDefault(where, 0L)));
                }
            }
            assertThat(log.severe()).isEmpty();
        }
    }

    @Property
    @ScaledTries(permille = 17, min = 5)
    void checkFixEndsWithNothingSafeLeft(@ForAll("pipelines") Map<String, String> files) throws IOException {
        Path root = Files.createTempDirectory("handoff-fix");
        try {
            TestWorkspace ws = TestWorkspace.in(root).file(".handoff.yaml", "");
            files.forEach(ws::file);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new FixRunner(
                            root,
                            WorkspaceLoader.discoverConfigs(root),
                            new PathDisplay(root, root),
                            new PrintStream(out, true, StandardCharsets.UTF_8),
                            QuickFixes::forFinding,
                            file -> {})
                    .run(Checker.everything());
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .doesNotContain("does not converge")
                    .doesNotContain("stopped after");
            WorkspaceIndex fixed = TestWorkspace.in(root).index();
            for (Finding f : Checker.standard().check(fixed, Checker.everything())) {
                fixed.document(f.path())
                        .ifPresent(doc -> assertThat(QuickFixes.forFinding(fixed, doc, f))
                                .as("a safe fix left for %s", f)
                                .noneMatch(fix -> fix.safe()
                                        && fix.edits().keySet().stream().allMatch(f.path()::equals)));
            }
        } finally {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static WorkspaceIndex index(Map<String, String> files) {
        WorkspaceIndex index = WorkspaceIndex.empty(LoadedConfig.defaults());
        for (var e : files.entrySet()) {
            index = index.withDocument(LOADER.parse(e.getKey(), e.getValue()));
        }
        return index;
    }

    private static Map<String, String> applied(Map<String, String> files, QuickFix fix) {
        Map<String, String> out = new TreeMap<>(files);
        fix.edits().forEach((path, edits) -> out.put(path, TextEdits.apply(files.get(path), edits)));
        return out;
    }

    /** How many findings are the same as {@code f}: same file, code and subject (positions move). */
    private static long count(List<Finding> findings, Finding f) {
        return findings.stream()
                .filter(x -> x.path().equals(f.path())
                        && x.code() == f.code()
                        && x.data().subject().equals(f.data().subject()))
                .count();
    }

    /**
     * An error on a line the fix wrote, or about an ID it wrote, is the fixed text being checked (a
     * rewritten {@code R-01} is now an ID whose category and statement are compared), not an error
     * the fix added elsewhere.
     */
    private static boolean onEditedLine(Finding error, QuickFix fix) {
        int line = error.range().start().line();
        boolean aboutWrittenId = !error.data().subject().isEmpty()
                && fix.edits().values().stream()
                        .flatMap(List::stream)
                        .anyMatch(e -> e.newText().contains(error.data().subject()));
        return aboutWrittenId
                || fix.edits().getOrDefault(error.path(), List.of()).stream()
                        .anyMatch(e -> line >= e.range().start().line()
                                && line
                                        <= e.range().start().line()
                                                + e.newText().split("\\R", -1).length
                                                - 1);
    }

    /** Errors as file and code, with their counts. */
    private static Map<String, Long> errors(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .collect(Collectors.groupingBy(f -> f.path() + " " + f.code(), TreeMap::new, Collectors.counting()));
    }
}
