package dev.handoffls.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.TestWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The paranoid check of the re-check graph (marksman's "paranoid mode"; STYLE habit 8): random
 * single-file edits, creations, deletions and renames on realistic workspaces, each followed by a full
 * check; every document whose findings changed must be among {@link Dependents} of the change. A
 * failure prints the operation, so it can be replayed with the seed.
 */
class DependentsParanoiaTest {
    private static final int STEPS = Integer.getInteger("handoff.paranoidSteps", 150);
    /** Lines real documents hold, each of which some rule reads across documents. */
    private static final List<String> SNIPPETS = List.of(
            "- [AD-9] A new decision",
            "- [AD-1] Restated in other words",
            "- AD-4: Unbracketed",
            "See AD-3 and R-2.",
            "AD-1 through AD-6 hold",
            "### R-7: A team heading",
            "| OQ-4 | A question in a table |",
            "- RISK-3: Team risk",
            "- [R-1] Webhook retries can double-charge",
            "- [C-2] A contract under the wrong name",
            "- [ ] Deploy crewai-service/api_healer.py to Render",
            "- [x] Create docs/new-page.md",
            "[the checklist](../docs/deploy-checklist.md#rollback)",
            "[[skill-render-deployment]]",
            "## A new heading",
            "## Downstream Handoff",
            "### Decisions Made (Forward-binding)",
            "### Risk Registry",
            "**Status**: completed",
            "**ID**: handoff-ledger-export-claude-20260221.md",
            "**This Handoff Consolidates:**",
            "- handoff-coupon-load-test-grok-20260220.md",
            "Decision 011 says so.",
            "D-012 applies.",
            "handoff-tax-table-refresh-grok-20260223.md",
            "PT-synced: ✅ 2026-02-11",
            "<!-- source: phase-3/coordinator/L2-summary.md -->",
            "- Forwarded: R-2 → phase 5",
            "");

    private static final List<String> NEW_FILES = List.of(
            ".agent/teams/checkout-redesign/phase-5/coordinator/L2-summary.md",
            ".agent/teams/checkout-redesign/phase-5/directive.md",
            ".agent/teams/checkout-redesign/PT-v9.md",
            ".agent/teams/billing-migration/phase-2/worker-1/L2-summary.md",
            ".agent/teams/billing-migration/global-context.md",
            ".agent/teams/checkout-redesign/global-context.md",
            ".agent/teams/checkout-redesign/phase-4/planning-coord/L1-index.yaml",
            "handoffs/handoff-new-ticket-20260301.md",
            "decisions/decision-012-trail.md",
            "notes/skill-new.md",
            "crewai-service/api_healer.py",
            "docs/new-page.md");

    @org.junit.jupiter.api.io.TempDir
    Path tmp;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void everyDocumentWhoseFindingsChangeIsADependentOfTheChange(long seed) throws IOException {
        copy(Path.of(System.getProperty("handoff.repoRoot", "..")).resolve("samples"), tmp);
        copy(
                Path.of(System.getProperty("handoff.repoRoot", ".."))
                        .resolve("server/src/test/resources/fixtures/agent-teams"),
                tmp.resolve("teams-repo"));
        Random random = new Random(seed);
        WorkspaceIndex index = TestWorkspace.in(tmp).loader().scan();
        Checker checker = Checker.standard();
        Set<Fact> read = checker.factsRead();
        Map<String, List<Finding>> findings = byPath(checker, index);
        for (int step = 0; step < STEPS; step++) {
            var loader = TestWorkspace.in(tmp).loader();
            Op op = randomOp(random, index);
            WorkspaceIndex after = index;
            Set<String> dependents = new TreeSet<>();
            for (String path : op.apply(tmp)) {
                WorkspaceIndex next = loader.refresh(after, path);
                dependents.addAll(Dependents.of(after, next, path, read));
                after = next;
            }
            Map<String, List<Finding>> now = byPath(checker, after);
            Set<String> changed = new TreeSet<>();
            for (String path : after.documents().keySet()) {
                if (!now.getOrDefault(path, List.of()).equals(findings.getOrDefault(path, List.of()))) {
                    changed.add(path);
                }
            }
            // Dependents work on a snapshot the loader's walk never saw fresh: the intermediate ones of a rename.
            Set<String> missed = new TreeSet<>(changed);
            missed.removeAll(dependents);
            Map<String, List<Finding>> was = findings;
            assertThat(missed)
                    .as(
                            "seed %d step %d: %s; findings before %s, after %s",
                            seed,
                            step,
                            op,
                            missed.stream()
                                    .map(p -> was.getOrDefault(p, List.of()))
                                    .toList(),
                            missed.stream()
                                    .map(p -> now.getOrDefault(p, List.of()))
                                    .toList())
                    .isEmpty();
            index = after;
            findings = now;
        }
    }

    private static Map<String, List<Finding>> byPath(Checker checker, WorkspaceIndex index) {
        Map<String, List<Finding>> out = new HashMap<>();
        checker.check(index, Checker.everything())
                .forEach(f ->
                        out.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f));
        return out;
    }

    /** One change on disk; returns the paths to refresh, in order. */
    private interface Op {
        List<String> apply(Path root) throws IOException;
    }

    private record Described(String what, Op op) implements Op {
        @Override
        public List<String> apply(Path root) throws IOException {
            return op.apply(root);
        }

        @Override
        public String toString() {
            return what;
        }
    }

    private static Op randomOp(Random random, WorkspaceIndex index) {
        List<String> docs = new ArrayList<>(index.documents().keySet());
        String doc = docs.get(random.nextInt(docs.size()));
        String snippet = SNIPPETS.get(random.nextInt(SNIPPETS.size()));
        String other = NEW_FILES.get(random.nextInt(NEW_FILES.size()));
        return switch (random.nextInt(10)) {
            case 0, 1, 2 ->
                new Described("insert '" + snippet + "' into " + doc, root -> {
                    List<String> lines = lines(root, doc);
                    lines.add(random.nextInt(lines.size() + 1), snippet);
                    write(root, doc, lines);
                    return List.of(doc);
                });
            case 3, 4 ->
                new Described("delete a line of " + doc, root -> {
                    List<String> lines = lines(root, doc);
                    if (!lines.isEmpty()) {
                        lines.remove(random.nextInt(lines.size()));
                    }
                    write(root, doc, lines);
                    return List.of(doc);
                });
            case 5 ->
                new Described("renumber an ID in " + doc, root -> {
                    String text = Files.readString(root.resolve(doc));
                    write(
                            root,
                            doc,
                            List.of(text.replaceFirst("(AD|R|OQ|IC|C)-(\\d)", "$1-" + (random.nextInt(9) + 1))));
                    return List.of(doc);
                });
            case 6 ->
                new Described("create or overwrite " + other + " with '" + snippet + "'", root -> {
                    write(root, other, List.of("# New", snippet, SNIPPETS.get(random.nextInt(SNIPPETS.size()))));
                    return List.of(other);
                });
            case 7 ->
                new Described("delete " + doc, root -> {
                    Files.deleteIfExists(root.resolve(doc));
                    return List.of(doc);
                });
            case 8 ->
                new Described("rename " + doc + " to " + other, root -> {
                    Path target = root.resolve(other);
                    if (Files.exists(target)) {
                        return List.of();
                    }
                    Files.createDirectories(target.getParent());
                    Files.move(root.resolve(doc), target);
                    return List.of(doc, other);
                });
            default ->
                new Described("front matter feature/kind in " + doc, root -> {
                    List<String> lines = lines(root, doc);
                    lines.addAll(
                            0,
                            List.of("---", random.nextBoolean() ? "feature: checkout" : "kind: permanent-task", "---"));
                    write(root, doc, lines);
                    return List.of(doc);
                });
        };
    }

    private static List<String> lines(Path root, String path) throws IOException {
        Path p = root.resolve(path);
        return Files.exists(p) ? new ArrayList<>(Files.readAllLines(p)) : new ArrayList<>();
    }

    private static void write(Path root, String path, List<String> lines) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, lines.stream().collect(Collectors.joining("\n", "", "\n")));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
