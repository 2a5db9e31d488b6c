package dev.handoffls.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.config.ConfigLoader;
import dev.handoffls.model.Problem;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML refused by a limit says which limit (issue 13, item 14): nesting depth, aliases, size — never
 * "YAML does not parse: null".
 */
class YamlLimitsTest {
    @TempDir
    Path tmp;

    private static List<String> configProblems(String yaml) {
        return ConfigLoader.load(ConfigLoader.FILE_NAME, yaml).problems().stream()
                .map(Problem::message)
                .toList();
    }

    @Test
    void deepFlowNestingNamesTheDepthLimitAtWhereItIsExceeded() {
        int depth = 5000;
        List<Problem> problems = ConfigLoader.load(
                        ConfigLoader.FILE_NAME, "ignore: " + "[".repeat(depth) + "]".repeat(depth) + "\n")
                .problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("YAML is nested more than 64 levels deep; it is not read");
            // The 65th list opens at column 8 + 64 (the mapping is the first level).
            assertThat(p.range().start().character()).isEqualTo(8 + 63);
        });
    }

    @Test
    void deepBlockNestingNamesTheDepthLimit() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        assertThat(configProblems(yaml.toString()))
                .containsExactly("YAML is nested more than 64 levels deep; it is not read");
    }

    @Test
    void anAliasBombNamesTheAliasLimit() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x]\n");
        for (int i = 1; i < 30; i++) {
            yaml.append("a")
                    .append(i)
                    .append(": &a")
                    .append(i)
                    .append(" [*a")
                    .append(i - 1)
                    .append(", *a");
            yaml.append(i - 1).append("]\n");
        }
        assertThat(configProblems(yaml.toString()))
                .containsExactly("YAML uses more than 20 aliases of lists or mappings; it is not read");
    }

    @Test
    void nestingWithinTheLimitStillLoads() {
        assertThat(configProblems("ignore: " + "[".repeat(10) + "]".repeat(10) + "\n"))
                .noneMatch(m -> m.contains("nested") || m.contains("does not parse"));
    }

    @Test
    void deepFrontMatterIsAnHl401ThatNamesTheLimit() {
        int depth = 3000;
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(
                        "handoff-x-20260301.md",
                        "---\nstatus: " + "[".repeat(depth) + "]".repeat(depth) + "\n---\n# Ticket\n");
        List<Finding> found = ws.findings("handoff-x-20260301.md", Code.HL401);
        assertThat(found)
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("front matter: YAML is nested more than 64 levels deep; it is not read"));
    }
}
