package dev.handoffls.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.Samples;
import dev.handoffls.testing.TestWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * STYLE habit 8 ("paranoid mode"): a snapshot updated one file at a time must equal a snapshot built
 * from scratch over the same files — documents, existing paths, scopes, definitions and references.
 */
class IncrementalIndexTest {

    @TempDir
    Path tmp;

    @Test
    void addingEveryFileOneByOneEqualsAFullScan() throws IOException {
        Samples.copyTo(tmp);
        TestWorkspace ws = TestWorkspace.in(tmp);
        WorkspaceLoader loader = ws.loader();
        WorkspaceIndex scratch = loader.scan();

        List<String> files = relativeFiles();
        Collections.shuffle(files, new Random(42));
        WorkspaceIndex incremental = WorkspaceIndex.empty(ws.config());
        for (String f : files) {
            incremental = loader.refresh(incremental, f);
            // Force every derived value on the way (scopes, tickets, decisions, names), so what an update
            // hands on to the next snapshot is exercised too, not recomputed at the end.
            IndexSignature.of(incremental);
            incremental.filesNamed("permanent-task.md");
        }
        assertThat(IndexSignature.of(incremental)).isEqualTo(IndexSignature.of(scratch));
    }

    @Test
    void changesAndDeletionsKeepTheIndexEqualToAFreshScan() throws IOException {
        Samples.copyTo(tmp);
        TestWorkspace ws = TestWorkspace.in(tmp);
        WorkspaceLoader loader = ws.loader();
        WorkspaceIndex index = loader.scan();
        index.scopes().forEach(index::scope);

        String pt = ".agent/teams/checkout-redesign/permanent-task.md";
        String l2 = ".agent/teams/checkout-redesign/phase-4/planning-coord/L2-summary.md";
        String ticket = "handoffs/handoff-refund-queue-backfill-20260221.md";
        Files.writeString(tmp.resolve(l2), Files.readString(tmp.resolve(l2)).replace("[AD-5]", "[AD-4]"));
        index = loader.refresh(index, l2);
        IndexSignature.of(index);
        Files.delete(tmp.resolve(pt));
        index = loader.refresh(index, pt);
        IndexSignature.of(index);
        Files.delete(tmp.resolve(ticket));
        index = loader.refresh(index, ticket);
        IndexSignature.of(index);
        Files.writeString(tmp.resolve("crewai-service/api_healer.py"), "print('healed')\n");
        index = loader.refresh(index, "crewai-service/api_healer.py");
        Files.createDirectories(tmp.resolve("new/folder"));
        index = loader.refresh(index, "new/folder");

        assertThat(IndexSignature.of(index)).isEqualTo(IndexSignature.of(loader.scan()));
    }

    @Test
    void updatingOneFileCarriesOverTheOtherScopes() throws IOException {
        Samples.copyTo(tmp);
        WorkspaceLoader loader = TestWorkspace.in(tmp).loader();
        WorkspaceIndex index = loader.scan();
        ScopeIndex billing = index.scope(".agent/teams/billing-migration");
        ScopeIndex checkout = index.scope(".agent/teams/checkout-redesign");
        String l2 = ".agent/teams/checkout-redesign/phase-4/planning-coord/L2-summary.md";
        Files.writeString(tmp.resolve(l2), Files.readString(tmp.resolve(l2)) + "\nR-1\n");
        WorkspaceIndex next = loader.refresh(index, l2);
        assertThat(next.scope(".agent/teams/billing-migration")).isSameAs(billing);
        assertThat(next.scope(".agent/teams/checkout-redesign")).isNotSameAs(checkout);
    }

    @Test
    void joiningAndSplittingPipelinesByFeatureEqualsAFreshScan() throws IOException {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".agent/teams/a/phase-4/L3-full/plan.md", "### AD-4: Use events\n")
                .file(".agent/teams/a/phase-4/planning-coord/L1-index.yaml", "- id: AD-2\n  title: Outbox\n")
                .file(".agent/teams/b/phase-5/review.md", "AD-4 and AD-2 hold.\n");
        WorkspaceLoader loader = ws.loader();
        WorkspaceIndex index = loader.scan();
        index.scopes().forEach(index::scope);
        for (String gc : List.of(".agent/teams/a/global-context.md", ".agent/teams/b/global-context.md")) {
            ws.file(gc, "---\nfeature: checkout\n---\n# Context\n");
            index = loader.refresh(index, gc);
            index.scopes().forEach(index::scope);
        }
        assertThat(index.scopes()).containsExactly("feature:checkout");
        assertThat(IndexSignature.of(index)).isEqualTo(IndexSignature.of(loader.scan()));

        ws.file(".agent/teams/b/global-context.md", "---\nfeature: search\n---\n# Context\n");
        index = loader.refresh(index, ".agent/teams/b/global-context.md");
        assertThat(index.scopes()).containsExactly(".agent/teams/a", ".agent/teams/b");
        assertThat(IndexSignature.of(index)).isEqualTo(IndexSignature.of(loader.scan()));
    }

    private List<String> relativeFiles() throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            return new ArrayList<>(s.filter(Files::isRegularFile)
                    .map(p -> tmp.relativize(p).toString().replace('\\', '/'))
                    .toList());
        }
    }
}
