package dev.handoffls.benchmarks;

import dev.handoffls.config.LoadedConfig;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code Checker.checkDocument}: every rule over one document of a 2,000-file index (what the editor
 * does after each keystroke, once the index is built): a phase L2, a ticket, or the long L2.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CheckDocumentBenchmark {
    @Param({"l2", "ticket", "long-l2"})
    public String document;

    private Path root;
    private WorkspaceIndex index;
    private HandoffDocument doc;
    private Checker checker;

    @Setup
    public void setUp() throws IOException {
        root = Files.createTempDirectory("handoff-bench-check");
        BenchInputs.writeWorkspace(root, 2_000);
        String path = switch (document) {
            case "l2" -> ".agent/teams/p7/phase-5/coordinator/L2-summary.md";
            case "ticket" -> "handoffs/handoff-task-150-ana-20260301.md";
            default -> ".agent/teams/p7/phase-3/arch-coord/L2-summary.md";
        };
        if (document.equals("long-l2")) {
            Files.createDirectories(root.resolve(path).getParent());
            Files.writeString(root.resolve(path), BenchInputs.largeL2(5_000));
        }
        index = new WorkspaceLoader(root, LoadedConfig.defaults()).scan();
        doc = index.document(path).orElseThrow(() -> new IllegalStateException("not generated: " + path));
        checker = Checker.standard();
    }

    @TearDown
    public void tearDown() throws IOException {
        BenchInputs.delete(root);
    }

    @Benchmark
    public List<Finding> checkDocument() {
        return checker.checkDocument(index, doc);
    }
}
