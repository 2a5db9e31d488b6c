package dev.handoffls.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.handoffls.codes.Code;
import dev.handoffls.config.HandoffConfig;
import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.IdReference;
import dev.handoffls.model.SourceAnnotation;
import dev.handoffls.model.TeamDefinition;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ID definitions, references and ranges as the parser sees them (spec §4). */
class IdScanningTest {
    private static final String NOTES = "notes.md";
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";

    @TempDir
    Path tmp;

    private static HandoffDocument parse(String path, String content) {
        return new DocumentParser(new WorkspaceLayout(HandoffConfig.defaults())).parse(path, content);
    }

    /** Each reference as "TEXT@line:start-end". */
    private static List<String> refs(HandoffDocument doc) {
        return doc.references().stream().map(r -> r.text() + "@" + r.range()).toList();
    }

    // --- whole tokens -----------------------------------------------------------------------

    @Test
    void aReferenceIsAWholeToken() {
        HandoffDocument doc = parse(NOTES, """
                XAD-1 AD-1x AD-1_ pre-AD-1 _AD-1 AD-1-2 1AD-1 AD-01 ad-1
                (AD-2), AD-3. AD-4: see R-5/IC-6
                """);
        assertThat(refs(doc))
                .containsExactly("AD-2@1:1-1:5", "AD-3@1:8-1:12", "AD-4@1:14-1:18", "R-5@1:24-1:27", "IC-6@1:28-1:32");
        assertThat(doc.references()).allSatisfy(r -> assertThat(r.isRange()).isFalse());
    }

    @Test
    void icIsNotReadAsCAfterTheLetterI() {
        HandoffDocument doc = parse(NOTES, "IC-1 and C-1 and OQ-1\n");
        assertThat(doc.references()).extracting(r -> r.ids().get(0)).containsExactly("IC-1", "C-1", "OQ-1");
    }

    @Test
    void codeCommentsAndLinkDestinationsHoldNoReferences() {
        HandoffDocument doc = parse(NOTES, """
                # Notes
                ```
                AD-1 in a fenced block
                ```

                    AD-2 in an indented block

                Inline `AD-3` code and <!-- AD-4 --> a comment.
                <!--
                AD-5 in a comment block
                -->

                A [link](AD-6.md) and [AD-7](notes.md) and ![img](AD-8.png).
                """);
        assertThat(refs(doc)).containsExactly("AD-7@12:23-12:27");
    }

    @Test
    void aLinkReferenceDefinitionsDestinationHoldsNoReference() {
        HandoffDocument doc = parse(NOTES, """
                See [the record][rec].

                [rec]: AD-9.md
                """);
        assertThat(doc.references()).isEmpty();
    }

    @Test
    void headingsListItemsAndTableCellsHoldReferences() {
        HandoffDocument doc = parse(NOTES, """
                # Plan for AD-1
                - keep R-2
                | a | b |
                |---|---|
                | x | C-3 |
                """);
        assertThat(refs(doc)).containsExactly("AD-1@0:11-0:15", "R-2@1:7-1:10", "C-3@4:6-4:9");
    }

    // --- ranges -----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"AD-1 through AD-4", "AD-1 to AD-4", "AD-1..AD-4", "AD-1–AD-4", "AD-1—AD-4", "AD-1~AD-4"})
    void aRangeIsOneReferenceToEveryIdBetweenItsEnds(String range) {
        HandoffDocument doc = parse(NOTES, "See " + range + " now.\n");
        assertThat(doc.references()).singleElement().satisfies(r -> {
            assertThat(r.ids()).containsExactly("AD-1", "AD-2", "AD-3", "AD-4");
            assertThat(r.text()).isEqualTo(range);
            assertThat(r.range()).isEqualTo(Range.of(0, 4, 0, 4 + range.length()));
            assertThat(r.isRange()).isTrue();
        });
    }

    @Test
    void theShortFormSharesThePrefix() {
        HandoffDocument doc = parse(NOTES, "Blocked on OQ-1~3.\n");
        assertThat(doc.references()).singleElement().satisfies(r -> {
            assertThat(r.ids()).containsExactly("OQ-1", "OQ-2", "OQ-3");
            assertThat(r.text()).isEqualTo("OQ-1~3");
            assertThat(r.range()).isEqualTo(Range.of(0, 11, 0, 17));
        });
    }

    @Test
    void aRangeOfFiftyIdsIsStillARange() {
        HandoffDocument doc = parse(NOTES, "AD-1 through AD-50\n");
        assertThat(doc.references()).singleElement().satisfies(r -> {
            assertThat(r.ids()).hasSize(50).startsWith("AD-1").endsWith("AD-50");
            assertThat(r.range()).isEqualTo(Range.of(0, 0, 0, 18));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "AD-4 through AD-1  | AD-4 | AD-1",
                "AD-3 to AD-3       | AD-3 | AD-3",
                "AD-1 through R-4   | AD-1 | R-4",
                "AD-1..R-4          | AD-1 | R-4",
                "AD-1 through AD-51 | AD-1 | AD-51",
                "R-2~R-60           | R-2  | R-60",
            })
    void anInvalidRangeIsTwoPlainReferences(String text, String first, String last) {
        HandoffDocument doc = parse(NOTES, text + "\n");
        int lastStart = text.length() - last.length();
        assertThat(doc.references())
                .extracting(IdReference::ids, IdReference::text, IdReference::range)
                .containsExactly(
                        tuple(List.of(first), first, Range.of(0, 0, 0, first.length())),
                        tuple(List.of(last), last, Range.of(0, lastStart, 0, text.length())));
    }

    @Test
    void aDescendingShortFormIsAPlainReferenceToItsFirstEnd() {
        HandoffDocument doc = parse(NOTES, "OQ-3~1\n");
        assertThat(refs(doc)).containsExactly("OQ-3@0:0-0:4");
    }

    // --- document-local definitions ----------------------------------------------------------

    private static final String LOCAL = """
            # Notes
            ### AD-1: Use events
            **AD-7: GC → PT.** More text.

            | ID | Decision |
            |----|----------|
            | AD-3 | Outbox |

            AD-1, AD-7 and AD-3 hold; AD-2 does not.
            """;

    @Test
    void headingsBoldLeadsAndFirstTableCellsDefineForTheDocumentOnly() {
        HandoffDocument doc = parse(NOTES, LOCAL);
        assertThat(doc.teamDefinitions())
                .extracting(TeamDefinition::id, TeamDefinition::range)
                .containsExactly(
                        tuple("AD-1", Range.of(1, 4, 1, 8)),
                        tuple("AD-7", Range.of(2, 2, 2, 6)),
                        tuple("AD-3", Range.of(6, 2, 6, 6)));
        assertThat(doc.definitions()).isEmpty();
        assertThat(refs(doc)).containsExactly("AD-1@8:0-8:4", "AD-7@8:6-8:10", "AD-3@8:15-8:19", "AD-2@8:26-8:30");
    }

    @Test
    void aBoldRunThatContinuesAfterTheColonDefinesLocally() {
        HandoffDocument doc = parse(NOTES, """
                **AD-7: GC → PT.** More text.

                Later AD-7 applies.
                """);
        assertThat(doc.teamDefinitions())
                .extracting(TeamDefinition::id, TeamDefinition::range)
                .containsExactly(tuple("AD-7", Range.of(0, 2, 0, 6)));
        assertThat(refs(doc)).containsExactly("AD-7@2:6-2:10");
    }

    @Test
    void aBoldLeadWithTheColonOutsideTheBoldAndInAListItemDefinesLocally() {
        HandoffDocument doc = parse(NOTES, """
                **AD-2**: Outbox table.

                - **AD-8:** listed decision
                """);
        assertThat(doc.teamDefinitions()).extracting(TeamDefinition::id).containsExactly("AD-2", "AD-8");
    }

    @Test
    void aBoldIdWithoutColonOrANonFirstTableCellIsAReference() {
        HandoffDocument doc = parse(NOTES, """
                **AD-2** is what we chose.

                | Decision | ID |
                |----------|----|
                | Outbox | AD-3 |
                """);
        assertThat(doc.teamDefinitions()).isEmpty();
        assertThat(doc.references()).extracting(r -> r.ids().get(0)).containsExactly("AD-2", "AD-3");
    }

    @Test
    void teamDefinitionsDefineTheirIdsForTheWholeScope() {
        String notes = ".agent/teams/alpha/notes.md";
        String directive = ".agent/teams/alpha/phase-4/directive.md";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(notes, LOCAL)
                .file(directive, """
                ## Directive for Phase 4 Planning Coordinator
                ### Your Mission
                Implement AD-1 and AD-9.
                """)
                .file(".agent/teams/alpha/phase-3/coordinator/L2-summary.md", """
                ## Downstream Handoff
                ### Decisions Made
                - [AD-5] The pipeline has adopted bracketed IDs for AD.
                """);
        ws.assertFindings(notes, Code.HL301, TestWorkspace.d(8, 26, 8, 30, Code.HL301));
        ws.assertFindings(directive, Code.HL301, TestWorkspace.d(2, 19, 2, 23, Code.HL301));
        assertThat(ws.index().scopeOf(ws.document(notes)).isDefined("AD-1")).isFalse();
        assertThat(ws.index().scopeOf(ws.document(notes)).isDefinedAnyForm("AD-1"))
                .isTrue();
        ws.assertFindings(notes, Code.HL206);
        ws.assertFindings(notes, Code.HL203);
    }

    // --- positions ---------------------------------------------------------------------------

    @Test
    void columnsAreUtf16CodeUnits() {
        HandoffDocument doc = parse(NOTES, "🚀 See AD-1 and 决策 AD-2, 🇩🇪 R-3\n");
        assertThat(refs(doc)).containsExactly("AD-1@0:7-0:11", "AD-2@0:19-0:23", "R-3@0:30-0:33");
    }

    @Test
    void definitionColumnsAreUtf16CodeUnitsToo() {
        HandoffDocument doc = parse(L2, """
                # Phase 3 🚀
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] 🚀 Fast path, unlike 決定 R-1
                """);
        assertThat(doc.definitions())
                .extracting(IdDefinition::id, IdDefinition::range, IdDefinition::statement)
                .containsExactly(tuple("AD-1", Range.of(3, 3, 3, 7), "🚀 Fast path, unlike 決定 R-1"));
        assertThat(refs(doc)).containsExactly("R-1@3:33-3:36");
    }

    private static final String MIXED = """
            # Phase 3
            Intro mentions AD-1 through AD-3 and OQ-1~2.

            ### AD-9: Local note
            ## Downstream Handoff
            ### Decisions Made (Forward-binding)
            - [AD-1] Event-driven pattern
              for Module X <!-- source: phase-2/coordinator/L2-summary.md -->
            - AD-2: Outbox table, see R-1
            - [AD-03] malformed
            ### Risks Identified (Must-Track)
            - [R-1] Retry storms
            """;

    @Test
    void crlfDocumentsGiveTheSamePositionsAsLfDocuments() {
        HandoffDocument lf = parse(L2, MIXED);
        HandoffDocument crlf = parse(L2, MIXED.replace("\n", "\r\n"));

        assertThat(lf.definitions()).hasSize(3);
        assertThat(crlf.definitions()).isEqualTo(lf.definitions());
        assertThat(crlf.references()).isEqualTo(lf.references());
        assertThat(lf.references()).hasSize(3);
        assertThat(crlf.teamDefinitions()).isEqualTo(lf.teamDefinitions()).hasSize(1);
        assertThat(crlf.malformedIds()).isEqualTo(lf.malformedIds()).hasSize(1);
        assertThat(crlf.sourceAnnotations()).isEqualTo(lf.sourceAnnotations()).hasSize(1);
        assertThat(crlf.definitions().get(0).statement()).isEqualTo("Event-driven pattern for Module X");
    }

    @Test
    void aLoneCarriageReturnAlsoEndsALine() {
        HandoffDocument lf = parse(NOTES, "# Notes\nSee AD-1.\nAnd R-2.\n");
        HandoffDocument cr = parse(NOTES, "# Notes\rSee AD-1.\rAnd R-2.\r");
        assertThat(cr.references()).isEqualTo(lf.references());
    }

    // --- definitions and source annotations ---------------------------------------------------

    @Test
    void theStatementExcludesATrailingSourceAnnotationWhichIsRecordedWithThePathsRange() {
        String line2 = "- [AD-1] Event-driven pattern for Module X <!-- source: phase-3/coordinator/L2-summary.md -->";
        String line4 = "  continued here <!--source:phase-4/coordinator/L2-summary.md-->";
        HandoffDocument doc = parse(
                PT,
                "# PERMANENT Task\n## Architecture Decisions\n" + line2 + "\n" + "- [AD-2] Outbox table\n" + line4
                        + "\n");

        assertThat(doc.definitions())
                .extracting(IdDefinition::id, IdDefinition::statement)
                .containsExactly(
                        tuple("AD-1", "Event-driven pattern for Module X"),
                        tuple("AD-2", "Outbox table continued here"));
        int p2 = line2.indexOf("phase-3");
        int p4 = line4.indexOf("phase-4");
        String path = "phase-3/coordinator/L2-summary.md";
        assertThat(doc.sourceAnnotations())
                .containsExactly(
                        new SourceAnnotation("AD-1", path, Range.of(2, p2, 2, p2 + path.length())),
                        new SourceAnnotation(
                                "AD-2", "phase-4/coordinator/L2-summary.md", Range.of(4, p4, 4, p4 + path.length())));
        assertThat(doc.references()).isEmpty();
    }

    @Test
    void aCommentThatIsNotASourceAnnotationStaysOutOfTheStatementsComparison() {
        HandoffDocument doc = parse(PT, """
                # PERMANENT Task
                ## Architecture Decisions
                - [AD-1] Event-driven pattern <!-- source: a.md --> for Module X
                """);
        assertThat(doc.sourceAnnotations()).isEmpty();
        assertThat(doc.definitions())
                .singleElement()
                .satisfies(d -> assertThat(d.statement())
                        .startsWith("Event-driven pattern")
                        .endsWith("for Module X"));
    }

    @Test
    void definitionsRecordIdRangeCategoryAndBrackets() {
        HandoffDocument doc = parse(L2, MIXED);
        assertThat(doc.definitions())
                .extracting(
                        IdDefinition::id, IdDefinition::range, IdDefinition::categoryPrefix, IdDefinition::bracketed)
                .containsExactly(
                        tuple("AD-1", Range.of(6, 3, 6, 7), "AD", true),
                        tuple("AD-2", Range.of(8, 2, 8, 6), "AD", false),
                        tuple("R-1", Range.of(11, 3, 11, 6), "R", true));
        assertThat(refs(doc)).containsExactly("AD-1 through AD-3@1:15-1:32", "OQ-1~2@1:37-1:43", "R-1@8:26-8:29");
        assertThat(IntStream.range(0, doc.references().size())
                        .mapToObj(i -> doc.references().get(i).ids()))
                .containsExactly(List.of("AD-1", "AD-2", "AD-3"), List.of("OQ-1", "OQ-2"), List.of("R-1"));
    }
}
