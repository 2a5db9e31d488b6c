package dev.handoffls.cli;

import static dev.handoffls.cli.CheckCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.cli.CheckCommandTest.Run;
import dev.handoffls.codes.Code;
import dev.handoffls.config.HandoffConfig;
import dev.handoffls.features.TextEdit;
import dev.handoffls.features.fixes.QuickFix;
import dev.handoffls.features.fixes.StructureFixesTest;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.testing.TestWorkspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --fix} always ends, and never goes round in a cycle of fixes (issue 13, defect 9). */
class FixConvergenceTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";

    /** A complete handoff (every default category) whose only item is {@code [AD-n]}, with n for %d. */
    private static final String HANDOFF = "## Downstream Handoff\n\n"
            + HandoffConfig.defaults().categories().stream()
                    .map(c -> "### " + c.l2Name() + "\n"
                            + ("AD".equals(c.prefix()) ? "- [AD-%d] Modules talk through events.\n" : "- None\n"))
                    .collect(Collectors.joining());

    private static final String ONE_HANDOFF =
            "# L2 Summary — Phase 3\n\n" + HANDOFF.formatted(1) + "\n## Notes\n\nThe research is done.\n";

    /** Two Downstream Handoff sections: moving the first to the end only puts the other first (HL103 stays). */
    private static final String TWO_HANDOFFS = ONE_HANDOFF + "\n" + HANDOFF.formatted(2);

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void twoHandoffSectionsAreLeftForAPersonAndTheFileIsUntouched() throws Exception {
        TestWorkspace.in(tmp).file(".handoff.yaml", "").file(L2, TWO_HANDOFFS);
        Run r = run(tmp, "check", "--fix", L2);
        assertThat(r.err()).contains("no safe fixes to apply").doesNotContain("applied");
        assertThat(r.out()).contains("HL103");
        assertThat(Files.readString(tmp.resolve(L2))).isEqualTo(TWO_HANDOFFS);
    }

    @Test
    void theMoveIsStillOfferedForOneHandoffSection() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(".handoff.yaml", "").file(L2, ONE_HANDOFF);
        assertThat(run(tmp, "check", "--fix", L2).err())
                .contains("HL103 Move the Downstream Handoff section to the end");
        assertThat(ws.findings(L2, Code.HL103)).isEmpty();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void categoriesOutOfOrderAndIncompleteEndInOrderAndComplete() throws Exception {
        TestWorkspace ws = TestWorkspace.in(tmp).file(".handoff.yaml", "").file(L2, """
                # L2 Summary — Phase 3

                ## Downstream Handoff

                ### Risks Identified (Must-Track)
                - [R-1] Webhook retries can double-charge.

                ### Decisions Made (Forward-binding)
                - [AD-1] Modules talk through events.
                """);
        assertThat(run(tmp, "check", "--fix", L2).err()).doesNotContain("does not converge", "stopped after");
        assertThat(Files.readString(tmp.resolve(L2))).isEqualTo("""
                # L2 Summary — Phase 3

                ## Downstream Handoff

                ### Decisions Made (Forward-binding)
                - [AD-1] Modules talk through events.

                ### Risks Identified (Must-Track)
                - [R-1] Webhook retries can double-charge.

                ### Interface Contracts (Must-Satisfy)
                - None

                ### Constraints (Must-Enforce)
                - None

                ### Open Questions (Requires Resolution)
                - None

                ### Artifacts Produced
                - None
                """);
        assertThat(ws.findings(L2, Code.HL102, Code.HL105)).isEmpty();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aReorderThatWouldMoveAnOpenCodeBlockIsLeftForAPerson() throws Exception {
        // SafeFixPropertyTest at 100k tries (try 973): HL105 and HL102 undid each other for 50 passes.
        String text = StructureFixesTest.REPEATED_CATEGORY_IN_OPEN_CODE;
        TestWorkspace.in(tmp).file(".handoff.yaml", "").file(L2, text);
        Run r = run(tmp, "check", "--fix", L2);
        assertThat(r.err()).contains("no safe fixes to apply").doesNotContain("stopped after");
        assertThat(r.out()).contains("HL105");
        assertThat(Files.readString(tmp.resolve(L2))).isEqualTo(text);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSafeFixThatFlipsBackAndForthIsStoppedAndNamed() throws Exception {
        TestWorkspace.in(tmp).file(".handoff.yaml", "").file(L2, TWO_HANDOFFS);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FixRunner.FixSource flipFirstLine = (index, doc, finding) -> {
            String first = doc.text().text().substring(0, doc.text().text().indexOf('\n'));
            String other = first.endsWith("3") ? "# L2 Summary — Phase three" : "# L2 Summary — Phase 3";
            return List.of(QuickFix.of(
                    "Flip the title",
                    finding.code(),
                    doc.path(),
                    List.of(new TextEdit(doc.text().range(0, first.length()), other)),
                    true,
                    true));
        };
        FixRunner runner = new FixRunner(
                tmp,
                WorkspaceLoader.discoverConfigs(tmp),
                new PathDisplay(tmp, tmp),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                flipFirstLine,
                file -> {});
        FixRunner.Outcome outcome = runner.run(L2::equals);
        assertThat(outcome.applied()).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("stopped fixing " + L2 + ": ")
                .contains("Flip the title (line ")
                .contains("does not converge");
        assertThat(Files.readString(tmp.resolve(L2))).isEqualTo(TWO_HANDOFFS.replace("Phase 3", "Phase three"));
    }
}
