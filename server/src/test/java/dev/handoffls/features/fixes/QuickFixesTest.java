package dev.handoffls.features.fixes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.rules.Finding;
import dev.handoffls.rules.FindingData;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickFixesTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    private static FixProvider provider(Code code, Runnable body) {
        return new FixProvider() {
            @Override
            public Code code() {
                return code;
            }

            @Override
            public List<QuickFix> fixes(FixContext ctx) {
                body.run();
                return List.of();
            }
        };
    }

    @Test
    void everyQuickFixOfTheSpecTableIsRegisteredOnceInTheEngine() {
        assertThat(QuickFixes.standard().codes())
                .isEqualTo(EnumSet.of(
                        Code.HL101,
                        Code.HL102,
                        Code.HL103,
                        Code.HL105,
                        Code.HL106,
                        Code.HL108,
                        Code.HL201,
                        Code.HL202,
                        Code.HL203,
                        Code.HL204,
                        Code.HL207,
                        Code.HL302,
                        Code.HL305,
                        Code.HL311,
                        Code.HL402,
                        Code.HL403,
                        Code.HL404,
                        Code.HL501,
                        Code.HL502,
                        Code.HL503,
                        Code.HL504,
                        Code.HL601,
                        Code.HL602,
                        Code.HL603));
    }

    @Test
    void syncToPtFixesAreActionsToRunAndNeverSafe() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, "# Phase 3\n");
        Finding notSynced =
                new Finding(L2, Range.of(0, 0, 0, 9), Code.HL501, Severity.INFORMATION, "not synced", List.of());
        QuickFix sync =
                QuickFixes.forFinding(ws.index(), ws.document(L2), notSynced).get(0);
        assertThat(sync.command()).isEqualTo(new FixCommand(FixCommand.SYNC_TO_PT, L2));
        assertThat(sync.safe()).isFalse();
        assertThat(sync.edits()).isEmpty();
        String directive = ".agent/teams/alpha/phase-4/directive.md";
        ws.file(directive, "Respect AD-1.\n");
        Finding notInPt = new Finding(
                directive,
                Range.of(0, 8, 0, 12),
                Code.HL302,
                Severity.WARNING,
                "not in PT",
                List.of(),
                new FindingData("AD-1", L2));
        assertThat(QuickFixes.forFinding(ws.index(), ws.document(directive), notInPt)
                        .get(0)
                        .command())
                .isEqualTo(new FixCommand(FixCommand.SYNC_TO_PT, L2));
    }

    @Test
    void aCodeWithoutAFixGetsOnlyTheSuppression() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, "# Phase 3\n");
        Finding f = new Finding(L2, Range.of(0, 0, 0, 9), Code.HL104, Severity.WARNING, "too long", List.of());
        assertThat(QuickFixes.forFinding(ws.index(), ws.document(L2), f))
                .extracting(QuickFix::title)
                .containsExactly("Suppress HL104 on this line");
    }

    @Test
    void aProviderThatThrowsIsSkipped() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, "# Phase 3\n");
        QuickFixes registry = new QuickFixes(List.of(provider(Code.HL101, () -> {
            throw new IllegalStateException("boom");
        })));
        Finding f = new Finding(L2, Range.of(0, 0, 0, 9), Code.HL101, Severity.ERROR, "missing", List.of());
        assertThat(registry.fixes(ws.index(), ws.document(L2), f)).isEmpty();
    }

    @Test
    void twoProvidersOfOneCodeAreRefused() {
        assertThatThrownBy(
                        () -> new QuickFixes(List.of(provider(Code.HL101, () -> {}), provider(Code.HL101, () -> {}))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HL101");
    }

    @Test
    void aFindingOfAnotherDocumentGetsNoFix() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, "# Phase 3\nText.\n");
        Finding f = new Finding("other.md", Range.of(0, 0, 0, 9), Code.HL101, Severity.ERROR, "missing", List.of());
        assertThat(QuickFixes.forFinding(ws.index(), ws.document(L2), f)).isEmpty();
    }
}
