package dev.handoffls.benchmarks;

import dev.handoffls.config.HandoffConfig;
import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.parse.DocumentParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** {@code DocumentParser.parse} of one long L2: markdown tree, IDs, references, paths and the handoff section. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {
    static final String PATH = ".agent/teams/bench/phase-3/arch-coord/L2-summary.md";

    @Param({"5000"})
    public int lines;

    private DocumentParser parser;
    private String text;

    @Setup
    public void setUp() {
        parser = new DocumentParser(new WorkspaceLayout(HandoffConfig.defaults()));
        text = BenchInputs.largeL2(lines);
    }

    @Benchmark
    public HandoffDocument parseL2() {
        return parser.parse(PATH, text);
    }
}
