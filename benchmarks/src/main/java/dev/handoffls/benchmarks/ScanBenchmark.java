package dev.handoffls.benchmarks;

import dev.handoffls.config.LoadedConfig;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code WorkspaceLoader.scan}: walk, read and parse every document of a workspace on disk into an index
 * (the cold start of the server and of {@code check}). The files stay in the OS page cache between
 * iterations, so this measures parsing and indexing more than the disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScanBenchmark {
    @Param({"2000"})
    public int files;

    private Path root;
    private WorkspaceLoader loader;

    @Setup
    public void setUp() throws IOException {
        root = Files.createTempDirectory("handoff-bench-scan");
        BenchInputs.writeWorkspace(root, files);
        loader = new WorkspaceLoader(root, LoadedConfig.defaults());
    }

    @TearDown
    public void tearDown() throws IOException {
        BenchInputs.delete(root);
    }

    @Benchmark
    public WorkspaceIndex scan() {
        return loader.scan();
    }
}
