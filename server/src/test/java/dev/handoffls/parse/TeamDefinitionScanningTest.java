package dev.handoffls.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.handoffls.config.HandoffConfig;
import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdReference;
import dev.handoffls.model.TeamDefinition;
import dev.handoffls.model.TeamDefinition.Form;
import dev.handoffls.model.TeamItem;
import dev.handoffls.text.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms real teams define IDs in (spec §4 v3), each with a near miss that stays a reference. */
class TeamDefinitionScanningTest {
    private static final String NOTES = ".agent/teams/alpha/phase-4/L3-full/notes.md";

    private static HandoffDocument parse(String path, String content) {
        return new DocumentParser(new WorkspaceLayout(HandoffConfig.defaults())).parse(path, content);
    }

    private static HandoffDocument parse(String content) {
        return parse(NOTES, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "### AD-4: Use events                    | AD-4 | 4  | Use events",
                "## 1. AD-7: GC is the PERMANENT Task     | AD-7 | 6  | GC is the PERMANENT Task",
                "## 2.3 AD-7 — Outbox first               | AD-7 | 7  | Outbox first",
                "## Challenge C-1: The cache is unbounded  | C-1  | 13 | The cache is unbounded",
                "### **R-5**: Token expiry                | R-5  | 6  | Token expiry",
                "### AD-2 (events): Event bus             | AD-2 | 4  | Event bus",
                "### OQ-3 (region)                        | OQ-3 | 4  | region",
            })
    void headingsThatBeginWithAnIdDefineIt(String heading, String id, int col, String statement) {
        HandoffDocument doc = parse("# Notes\n" + heading.strip() + "\nBody.\n");
        assertThat(doc.teamDefinitions()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(id);
            assertThat(t.range()).isEqualTo(Range.of(1, col, 1, col + id.length()));
            assertThat(t.statement()).isEqualTo(statement);
            assertThat(t.form()).isEqualTo(Form.HEADING);
        });
        assertThat(doc.references()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "## Notes on AD-4 and what followed",
                "### Why we revisited AD-4: the load test",
                "### C-1.2: second item of challenge 1",
            })
    void headingsThatMentionAnIdLaterOrSubNumberDoNotDefine(String heading) {
        HandoffDocument doc = parse("# Notes\n" + heading + "\n");
        assertThat(doc.teamDefinitions()).isEmpty();
    }

    @Test
    void aRangeHeadingDefinesEveryIdOfTheRange() {
        HandoffDocument doc = parse("# Notes\n### AD-6~8: Storage decisions\n");
        assertThat(doc.teamDefinitions())
                .extracting(TeamDefinition::id, TeamDefinition::range)
                .containsExactly(
                        tuple("AD-6", Range.of(1, 4, 1, 10)),
                        tuple("AD-7", Range.of(1, 4, 1, 10)),
                        tuple("AD-8", Range.of(1, 4, 1, 10)));
    }

    @Test
    void tableRowsWhoseFirstCellIsTheIdDefineItWithTheNextCellAsStatement() {
        HandoffDocument doc = parse("""
                | ID | Decision | Why |
                |----|----------|-----|
                | AD-1 | Deduplicate by hash | cost |
                | **AD-2** | Event bus | decoupling |
                | AD-3 (outbox) | | |
                | Outbox | AD-4 | near miss: not the first cell |
                """);
        assertThat(doc.teamDefinitions())
                .extracting(TeamDefinition::id, TeamDefinition::statement, TeamDefinition::form)
                .containsExactly(
                        tuple("AD-1", "Deduplicate by hash", Form.TABLE_ROW),
                        tuple("AD-2", "Event bus", Form.TABLE_ROW),
                        tuple("AD-3", "outbox", Form.TABLE_ROW));
        assertThat(doc.teamDefinitions().get(0).range()).isEqualTo(Range.of(2, 2, 2, 6));
        assertThat(doc.references()).extracting(IdReference::text).containsExactly("AD-4");
    }

    @Test
    void colonListItemsAndBoldLeadsDefineAnywhereInADocument() {
        HandoffDocument doc = parse("""
                # L3 report
                - AD-1: Deduplicate incoming events by content hash
                - R-2 — Webhook retries can double-charge

                **C-3 (naming):** Every module name is kebab-case.

                **IC-4**: `processEvent(e)` returns a Result.
                - C-1 through C-6 are carried over (near miss: a reference)
                **AD-9** is what we chose (near miss: a reference)
                """);
        assertThat(doc.teamDefinitions())
                .extracting(TeamDefinition::id, TeamDefinition::form, TeamDefinition::statement)
                .containsExactly(
                        tuple("AD-1", Form.LIST_ITEM, "Deduplicate incoming events by content hash"),
                        tuple("R-2", Form.LIST_ITEM, "Webhook retries can double-charge"),
                        tuple("C-3", Form.BOLD_LEAD, "Every module name is kebab-case."),
                        tuple("IC-4", Form.BOLD_LEAD, "`processEvent(e)` returns a Result."));
        assertThat(doc.references()).extracting(IdReference::text).containsExactly("C-1 through C-6", "AD-9");
    }

    @Test
    void anL1IndexDefinesItsIdEntriesWithTheirTitles() {
        HandoffDocument doc = parse(".agent/teams/alpha/phase-4/planning-coord/L1-index.yaml", """
                phase: 4
                decisions:
                  - id: AD-1
                    title: "Deduplicate by content hash"
                    status: accepted
                  - id: 'AD-2'
                    summary: Event bus between modules
                risks:
                  - title: Token expiry
                    id: R-5
                  - id: AD-01
                """);
        assertThat(doc.teamDefinitions())
                .extracting(TeamDefinition::id, TeamDefinition::statement, TeamDefinition::form)
                .containsExactly(
                        tuple("AD-1", "Deduplicate by content hash", Form.L1_INDEX),
                        tuple("AD-2", "Event bus between modules", Form.L1_INDEX),
                        tuple("R-5", "", Form.L1_INDEX));
        assertThat(doc.teamDefinitions().get(0).range()).isEqualTo(Range.of(2, 8, 2, 12));
        assertThat(doc.references()).isEmpty();
        assertThat(doc.headings()).isEmpty();
    }

    @Test
    void subNumberingIsNotAnIdAndASlashListReferencesEachNumber() {
        HandoffDocument doc = parse("""
                Challenge C-1.2 holds; see C-3.
                Decisions AD-7/8/9 stand.
                """);
        assertThat(doc.references())
                .extracting(IdReference::text, IdReference::ids)
                .containsExactly(
                        tuple("C-3", java.util.List.of("C-3")),
                        tuple("AD-7/8/9", java.util.List.of("AD-7", "AD-8", "AD-9")));
        assertThat(doc.references().get(1).range()).isEqualTo(Range.of(1, 10, 1, 18));
    }

    @Test
    void itemsLabelledInTheTeamsOwnNumberingAreTeamItemsOfTheirCategory() {
        HandoffDocument doc = parse(".agent/teams/alpha/phase-3/coordinator/L2-summary.md", """
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - RISK-1: Webhook retries can double-charge
                - **RISK-2** — Token expiry
                - [CONS-1] bracketed team label
                - Plain risk without a label
                """);
        assertThat(doc.teamItems())
                .extracting(TeamItem::label, TeamItem::prefix, TeamItem::categoryPrefix, TeamItem::statement)
                .containsExactly(
                        tuple("RISK-1", "RISK", "R", "Webhook retries can double-charge"),
                        tuple("RISK-2", "RISK", "R", "Token expiry"),
                        tuple("CONS-1", "CONS", "R", "bracketed team label"));
        assertThat(doc.teamItems().get(0).range()).isEqualTo(Range.of(2, 2, 2, 8));
        assertThat(doc.teamDefinitions()).extracting(TeamDefinition::id).containsExactly("RISK-1", "RISK-2", "CONS-1");
    }

    @Test
    void aHandoffItemIsAHandoffDefinitionNotATeamDefinition() {
        HandoffDocument doc = parse(".agent/teams/alpha/phase-3/coordinator/L2-summary.md", """
                ## Downstream Handoff
                ### Decisions Made
                - AD-1: Unbracketed, still a handoff definition
                - [AD-2] Bracketed
                """);
        assertThat(doc.definitions()).hasSize(2);
        assertThat(doc.teamDefinitions()).isEmpty();
    }

    @Test
    void crlfAndEmojiKeepUtf16Positions() {
        HandoffDocument doc =
                parse("# 🚀 Notes\r\n### 🚀 AD-4: Use events\r\n| 中文 | x |\r\n|---|---|\r\n| R-1 | 中文风险 |\r\n");
        assertThat(doc.teamDefinitions())
                .extracting(TeamDefinition::id, TeamDefinition::range, TeamDefinition::statement)
                .containsExactly(
                        tuple("AD-4", Range.of(1, 7, 1, 11), "Use events"), tuple("R-1", Range.of(4, 2, 4, 5), "中文风险"));
    }
}
