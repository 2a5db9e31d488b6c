package dev.handoffls.features;

import static dev.handoffls.features.Pipeline.DIRECTIVE;
import static dev.handoffls.features.Pipeline.L2_3;
import static dev.handoffls.features.Pipeline.L2_4;
import static dev.handoffls.features.Pipeline.PT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.features.HoverProvider.Hover;
import dev.handoffls.testing.Cursor;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoverProviderTest {
    private static final String NOTES = ".agent/teams/alpha/phase-4/worker-1/notes.md";

    @TempDir
    Path tmp;

    private static Hover hover(TestWorkspace ws, String path, Cursor c) {
        return HoverProvider.hover(ws.index(), ws.document(path), c.position()).orElseThrow();
    }

    @Test
    void anIdSyncedToThePtAfterAnEmoji() {
        Cursor c = Cursor.of(Pipeline.PHASE_4.replace("🚀 AD-1", "🚀 AD-|1"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_4, c.text());
        Hover h = hover(ws, L2_4, c);
        assertThat(new Hover(h.markdown(), h.range(), h.origin()))
                .isEqualTo(
                        new Hover("""
                **AD-1** · Decisions

                Event-driven pattern for Module X

                Origin: `.agent/teams/alpha/phase-3/coordinator/L2-summary.md` line 6 · phase 3

                Mentioned in: phase 3, phase 4, no phase

                PT: ✅ synced

                Trail: P3 def+ref → PT ✅ → P4 ref+directive · open""", Range.of(1, 26, 1, 30), Optional.of(new Location(L2_3, Range.of(5, 3, 5, 7)))));
        // Each step links to its first site, so an editor can make the line clickable.
        assertThat(h.trail())
                .extracting(TrailSummary.Step::location)
                .first()
                .isEqualTo(Optional.of(new Location(L2_3, Range.of(5, 3, 5, 7))));
    }

    @Test
    void anIdParaphrasedInThePt() {
        Cursor c = Cursor.of(Pipeline.DIRECTIVE_TEXT.replace("through AD-2", "through AD-2|"));
        TestWorkspace ws = Pipeline.in(tmp).file(DIRECTIVE, c.text());
        assertThat(hover(ws, DIRECTIVE, c).markdown()).isEqualTo("""
                **AD-2** · Decisions

                Outbox table for every write

                Origin: `.agent/teams/alpha/phase-3/coordinator/L2-summary.md` line 7 · phase 3

                Mentioned in: phase 3, phase 4, no phase

                PT: ⚠️ paraphrased: the PT's statement differs from the origin's

                Trail: P3 def → PT ✅ → P4 directive · open""");
    }

    @Test
    void anIdMissingFromThePtAfterCjk() {
        Cursor c = Cursor.of(Pipeline.PHASE_4.replace("設計 R-1", "設計 |R-1"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_4, c.text());
        Hover h = hover(ws, L2_4, c);
        assertThat(h.range()).isEqualTo(Range.of(1, 41, 1, 44));
        assertThat(h.markdown())
                .endsWith("Mentioned in: phase 3, phase 4\n\nPT: ❌ missing from the PT"
                        + "\n\nTrail: P3 def → P4 ref+directive · open");
    }

    @Test
    void saysWhenThePipelineHasNoPtOrSeveral() {
        Cursor c = Cursor.of(Pipeline.PHASE_3.replace("- [R-1]", "- [R-1|]"));
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2_3, c.text());
        assertThat(hover(ws, L2_3, c).markdown())
                .endsWith("Mentioned in: phase 3\n\nPT: no PT in this pipeline\n\nTrail: P3 def · open");
        ws.file(PT, Pipeline.PT_TEXT).file(".agent/teams/alpha/phase-4/PERMANENT-TASK.md", Pipeline.PT_TEXT);
        assertThat(hover(ws, L2_3, c).markdown())
                .contains("Mentioned in: phase 3\n\nPT: several PTs in this pipeline, so none is the PT");
    }

    @Test
    void anIdDefinedNowhere() {
        Cursor c = Cursor.of(Pipeline.DIRECTIVE_TEXT.replace("through AD-4", "through AD-|4"));
        TestWorkspace ws = Pipeline.in(tmp).file(DIRECTIVE, c.text());
        assertThat(hover(ws, DIRECTIVE, c)).isEqualTo(new Hover("""
                **AD-4** · Decisions

                Defined nowhere in this pipeline.

                Mentioned in: phase 4""", Range.of(6, 20, 6, 24), Optional.empty()));
    }

    @Test
    void anIdDefinedByATeamHeadingShowsItsStatementFileAndPhase() {
        Cursor c = Cursor.of("""
                # Worker notes
                ### OQ-7: Which queue?
                We still owe an answer to OQ-|7.
                """);
        TestWorkspace ws = Pipeline.in(tmp).file(NOTES, c.text());
        assertThat(hover(ws, NOTES, c))
                .isEqualTo(
                        new Hover("""
                **OQ-7** · Open Questions

                Which queue?

                Defined by a heading in `.agent/teams/alpha/phase-4/worker-1/notes.md` line 2 · phase 4 (the team's own form, not a handoff item)

                Mentioned in: phase 4""", Range.of(2, 26, 2, 30), Optional.of(new Location(NOTES, Range.of(1, 4, 1, 8)))));
    }

    @Test
    void aReferenceInALaterPhaseReachesTheTeamDefinitionOfAnEarlierPhaseAndCountsTheOthers() {
        String plan = ".agent/teams/alpha/phase-4/planning-coord/L3-full/plan.md";
        String other = ".agent/teams/alpha/phase-4/worker-2/risks.md";
        String review = ".agent/teams/alpha/phase-5/review.md";
        Cursor c = Cursor.of("The rollout still carries R-|5.\n");
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(plan, "# Plan\n### R-5: Token expiry during long imports\nMitigate by refresh.\n")
                .file(other, "| ID | Risk |\n|----|------|\n| R-5 | Token expiry |\n")
                .file(review, c.text());
        assertThat(hover(ws, review, c))
                .isEqualTo(
                        new Hover("""
                **R-5** · Risks

                Token expiry during long imports

                Defined by a heading in `.agent/teams/alpha/phase-4/planning-coord/L3-full/plan.md` line 2 · phase 4 (the team's own form, not a handoff item)

                Also defined in 1 other document of this pipeline (go to definition lists every site)

                Mentioned in: phase 4, phase 5""", Range.of(0, 26, 0, 29), Optional.of(new Location(plan, Range.of(1, 4, 1, 7)))));
        assertThat(Definitions.definition(ws.index(), ws.document(review), c.position()))
                .containsExactly(new Location(plan, Range.of(1, 4, 1, 7)), new Location(other, Range.of(2, 2, 2, 5)));
    }

    @Test
    void aDirectiveInputThatExists() {
        Cursor c = Cursor.of(Pipeline.DIRECTIVE_TEXT.replace("at: phase-3/", "at: |phase-3/"));
        TestWorkspace ws = Pipeline.in(tmp).file(DIRECTIVE, c.text());
        assertThat(hover(ws, DIRECTIVE, c))
                .isEqualTo(
                        new Hover("""
                **Directive input** `phase-3/coordinator/L2-summary.md`

                ✅ exists: `.agent/teams/alpha/phase-3/coordinator/L2-summary.md`""", Range.of(4, 34, 4, 67), Optional.of(new Location(L2_3, Range.of(0, 0, 0, 0)))));
    }

    @Test
    void aTaskPathFoundByItsTrailingSegmentsSaysWhere() {
        Cursor c = Cursor.of("""
                # Worker notes
                - [ ] Review `orchestrator/eng|ine.py`
                """);
        TestWorkspace ws = Pipeline.in(tmp).file(NOTES, c.text()).file("services/crewai/orchestrator/engine.py", "");
        assertThat(hover(ws, NOTES, c).markdown()).isEqualTo("""
                **Task path** `orchestrator/engine.py`

                ✅ found at `services/crewai/orchestrator/engine.py`, the only file ending in `orchestrator/engine.py`""");
    }

    @Test
    void taskPathsFoundByNameOrMissing() {
        Cursor c = Cursor.of("""
                # Worker notes
                - [ ] Deploy api_he|aler.py to Render
                - [ ] Verify worker.py runs
                """);
        TestWorkspace ws = Pipeline.in(tmp).file(NOTES, c.text()).file("services/api/api_healer.py", "");
        assertThat(hover(ws, NOTES, c).markdown()).isEqualTo("""
                **Task path** `api_healer.py`

                ✅ found by name at `services/api/api_healer.py`""");
        Cursor missing = Cursor.of(c.text().replace("Verify worker", "Verify wor|ker"));
        ws.file(NOTES, missing.text());
        assertThat(hover(ws, NOTES, missing)).isEqualTo(new Hover("""
                **Task path** `worker.py`

                ❌ does not exist""", Range.of(2, 13, 2, 22), Optional.empty()));
    }

    @Test
    void aWikiLinkShowsTheFirstTenLinesOfTheNote() {
        Cursor c = Cursor.of("""
                # Worker notes
                Background in [[event-sou|rcing]].
                """);
        TestWorkspace ws = Pipeline.in(tmp).file(NOTES, c.text()).file("docs/Event-Sourcing.md", """
                # Event sourcing

                1
                2
                3

                4
                5
                6
                7
                8
                9
                10
                """);
        assertThat(hover(ws, NOTES, c).markdown()).isEqualTo("""
                **Wiki link** `event-sourcing`

                ✅ exists: `docs/Event-Sourcing.md`

                ---

                # Event sourcing
                1
                2
                3
                4
                5
                6
                7
                8
                9""");
    }

    @Test
    void nothingOnProse() {
        Cursor c = Cursor.of(Pipeline.PT_TEXT.replace("# PERMANENT", "# PERM|ANENT"));
        TestWorkspace ws = Pipeline.in(tmp).file(PT, c.text());
        assertThat(HoverProvider.hover(ws.index(), ws.document(PT), c.position()))
                .isEmpty();
    }
}
