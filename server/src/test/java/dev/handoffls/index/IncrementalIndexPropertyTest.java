package dev.handoffls.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.MarkdownArbitraries;
import dev.handoffls.testing.PropertyBudget;
import dev.handoffls.testing.ScaledTries;
import dev.handoffls.testing.TestWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Random create/change/delete/rename sequences over a small pipeline (issue 13, tests 1): the index
 * updated file by file equals a full rebuild after every step (STYLE habit 8), and re-checking only
 * the {@link Dependents} of each change leaves every document with the findings of a full check.
 */
@AddLifecycleHook(PropertyBudget.class)
class IncrementalIndexPropertyTest {
    private static final List<String> PATHS = Stream.concat(
                    MarkdownArbitraries.PATHS.stream(),
                    Stream.of(
                            "crewai-service/api_healer.py",
                            "docs/deploy-checklist.md",
                            ".agent/teams/alpha/phase-5/coordinator/L2-summary.md",
                            "notes/image.md"))
            .toList();

    /** One change on disk. */
    sealed interface Op permits Write, Delete, Rename {}

    record Write(String path, String text) implements Op {}

    record Delete(String path) implements Op {}

    record Rename(String from, String to) implements Op {}

    @Provide
    Arbitrary<Map<String, String>> workspaces() {
        return Arbitraries.maps(Arbitraries.of(PATHS), MarkdownArbitraries.document())
                .ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<String> path = Arbitraries.of(PATHS);
        Arbitrary<Op> write =
                Combinators.combine(path, MarkdownArbitraries.document()).as(Write::new);
        Arbitrary<Op> delete = path.map(Delete::new);
        Arbitrary<Op> rename = Combinators.combine(path, path).as(Rename::new);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(5, write),
                        net.jqwik.api.Tuple.of(2, delete),
                        net.jqwik.api.Tuple.of(2, rename))
                .list()
                .ofMaxSize(12);
    }

    @Property
    @ScaledTries(permille = 150, min = 10)
    void incrementalIndexAndRechecksEqualAFullRebuild(
            @ForAll("workspaces") Map<String, String> files, @ForAll("operations") List<Op> ops) throws IOException {
        Path root = Files.createTempDirectory("handoff-incremental");
        try {
            TestWorkspace ws = TestWorkspace.in(root);
            files.forEach(ws::file);
            WorkspaceLoader loader = ws.loader();
            Checker checker = Checker.standard();
            WorkspaceIndex index = loader.scan();
            Map<String, List<Finding>> published = byPath(checker.check(index, Checker.everything()));
            for (Op op : ops) {
                for (String path : apply(root, op)) {
                    WorkspaceIndex next = loader.refresh(index, path);
                    Set<String> recheck = Dependents.of(index, next, path, checker.factsRead());
                    published.keySet().removeIf(p -> next.document(p).isEmpty());
                    recheck.forEach(published::remove);
                    published.putAll(byPath(checker.check(next, recheck::contains)));
                    index = next;
                }
                WorkspaceIndex rebuilt = loader.scan();
                assertThat(IndexSignature.of(index)).as("index after %s", op).isEqualTo(IndexSignature.of(rebuilt));
                assertThat(documentsOnly(published, index))
                        .as("findings after %s", op)
                        .isEqualTo(documentsOnly(byPath(checker.check(rebuilt, Checker.everything())), rebuilt));
            }
        } finally {
            deleteTree(root);
        }
    }

    /** Applies the change on disk; returns the paths an editor's file watcher would report. */
    private static List<String> apply(Path root, Op op) throws IOException {
        if (op instanceof Write w) {
            Path p = root.resolve(w.path());
            Files.createDirectories(p.getParent());
            Files.write(p, w.text().getBytes(StandardCharsets.UTF_8));
            return List.of(w.path());
        }
        if (op instanceof Delete d) {
            return Files.deleteIfExists(root.resolve(d.path())) ? List.of(d.path()) : List.of();
        }
        Rename r = (Rename) op;
        Path from = root.resolve(r.from());
        Path to = root.resolve(r.to());
        if (!Files.exists(from) || Files.exists(to)) {
            return List.of();
        }
        Files.createDirectories(to.getParent());
        Files.move(from, to);
        return List.of(r.from(), r.to());
    }

    private static Map<String, List<Finding>> byPath(List<Finding> findings) {
        return findings.stream()
                .collect(Collectors.groupingBy(Finding::path, TreeMap::new, Collectors.toCollection(ArrayList::new)));
    }

    /** Per document of the index, its findings in order (workspace findings such as HL002 aside). */
    private static Map<String, List<Finding>> documentsOnly(Map<String, List<Finding>> byPath, WorkspaceIndex index) {
        Map<String, List<Finding>> out = new TreeMap<>();
        byPath.forEach((path, list) -> {
            if (index.document(path).isPresent() && !list.isEmpty()) {
                out.put(path, list.stream().sorted(Finding.ORDER).toList());
            }
        });
        return out;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
