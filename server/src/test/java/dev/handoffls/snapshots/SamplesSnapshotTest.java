package dev.handoffls.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Finding;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo workspace: every rule fires at least once, and its clean files stay clean. */
class SamplesSnapshotTest {
    private static final Path SAMPLES = Snapshots.repoRoot().resolve("samples");

    private static List<Finding> findings() throws Exception {
        WorkspaceIndex index = new WorkspaceLoader(SAMPLES, WorkspaceLoader.readConfig(SAMPLES)).scan();
        return Checker.standard().check(index, Checker.everything());
    }

    @Test
    void findingsMatchTheSnapshot() throws Exception {
        Snapshots.assertMatches("samples.txt", Snapshots.render(findings()));
    }

    @Test
    void everyHandoffRuleFiresSomewhere() throws Exception {
        Set<Code> fired = findings().stream().map(Finding::code).collect(Collectors.toSet());
        Set<Code> expected = EnumSet.noneOf(Code.class);
        for (Code c : Code.values()) {
            if (c.name().compareTo("HL101") >= 0) {
                expected.add(c);
            }
        }
        assertThat(fired).containsAll(expected);
    }

    @Test
    void cleanFilesHaveNoFindings() throws Exception {
        Set<String> noisy = findings().stream().map(Finding::path).collect(Collectors.toSet());
        assertThat(noisy)
                .doesNotContain(
                        ".agent/teams/checkout-redesign/phase-3/coordinator/L2-summary.md",
                        ".agent/teams/checkout-redesign/phase-3/architect-1/L2-summary.md",
                        ".agent/teams/checkout-redesign/phase-4/directive.md",
                        "decisions/decision-011-handoff-protocol.md",
                        "handoffs/handoff-checkout-flag-audit-claude-20260223.md",
                        "handoffs/handoff-ledger-export-claude-20260221.md",
                        "README.md");
    }
}
