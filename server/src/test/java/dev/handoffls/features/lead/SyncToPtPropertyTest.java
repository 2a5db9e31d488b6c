package dev.handoffls.features.lead;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.config.LoadedConfig;
import dev.handoffls.features.TextEdits;
import dev.handoffls.features.WorkspaceChange;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.testing.EngineLog;
import dev.handoffls.testing.MarkdownArbitraries;
import dev.handoffls.testing.PropertyBudget;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** Sync to PT is idempotent (issue 13, tests 1): syncing twice gives the files of syncing once. */
@AddLifecycleHook(PropertyBudget.class)
class SyncToPtPropertyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String LATER_L2 = ".agent/teams/alpha/phase-4/planning-coord/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";
    /** Parses only; the root is never read. */
    private static final WorkspaceLoader LOADER = new WorkspaceLoader(Path.of("unused"), LoadedConfig.defaults());

    @Provide
    Arbitrary<Map<String, String>> pipelines() {
        return net.jqwik.api.Combinators.combine(
                        MarkdownArbitraries.l2(),
                        Arbitraries.oneOf(MarkdownArbitraries.l2(), Arbitraries.just("")),
                        Arbitraries.oneOf(MarkdownArbitraries.pt(), Arbitraries.just("")))
                .as((l2, later, pt) -> {
                    Map<String, String> files = new TreeMap<>(Map.of(L2, l2));
                    if (!later.isEmpty()) {
                        files.put(LATER_L2, later);
                    }
                    if (!pt.isEmpty()) {
                        files.put(PT, pt);
                    }
                    return files;
                });
    }

    @Property
    void syncingTwiceEqualsSyncingOnce(@ForAll("pipelines") Map<String, String> files) {
        try (EngineLog log = EngineLog.record()) {
            Map<String, String> once = sync(files);
            assertThat(sync(once)).isEqualTo(once);
            assertThat(log.severe()).isEmpty();
        }
    }

    /** The files after one Sync to PT of the phase-3 L2 (unchanged when it is refused). */
    private static Map<String, String> sync(Map<String, String> files) {
        WorkspaceIndex index = WorkspaceIndex.empty(LoadedConfig.defaults());
        for (var e : files.entrySet()) {
            index = index.withDocument(LOADER.parse(e.getKey(), e.getValue()));
        }
        if (!(SyncToPt.plan(index, index.document(L2).orElseThrow(), TODAY) instanceof SyncToPt.Planned planned)) {
            return files;
        }
        WorkspaceChange change = planned.change();
        Map<String, String> out = new TreeMap<>(files);
        change.edits().forEach((path, edits) -> out.put(path, TextEdits.apply(files.get(path), edits)));
        change.creates().forEach(f -> out.put(f.path(), f.content()));
        return out;
    }
}
