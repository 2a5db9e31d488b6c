package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hover, definition, references, rename and code lens through a real JSON-RPC connection. */
class NavigationProtocolTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String DIRECTIVE = ".agent/teams/alpha/phase-4/directive.md";

    @TempDir
    Path tmp;

    private LspConnection lsp;

    @BeforeEach
    void start() throws Exception {
        TestWorkspace.in(tmp).file(L2, """
                # Phase 3 summary

                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for the checkout module.
                - [AD-2] PostgreSQL for persistence.
                """).file(DIRECTIVE, """
                ## Directive for Phase 4 Planning Coordinator
                Respect AD-1 (and 🚀 AD-1 again).
                """);
        lsp = new LspConnection();
        lsp.start(tmp);
    }

    @AfterEach
    void close() throws Exception {
        lsp.close();
    }

    private TextDocumentIdentifier doc(String path) {
        return new TextDocumentIdentifier(LspConnection.uri(tmp, path));
    }

    @Test
    void hoverShowsTheStatementAndOrigin() throws Exception {
        var hover = lsp.server
                .getTextDocumentService()
                .hover(new HoverParams(doc(DIRECTIVE), new Position(1, 9)))
                .get(5, TimeUnit.SECONDS);
        assertThat(hover.getContents().getRight().getValue())
                .contains("AD-1")
                .contains("Event-driven pattern")
                .contains(L2);
        assertThat(hover.getRange()).isEqualTo(new Range(new Position(1, 8), new Position(1, 12)));
    }

    @Test
    void definitionJumpsToTheOriginInAnotherFile() throws Exception {
        var result = lsp.server
                .getTextDocumentService()
                .definition(new DefinitionParams(doc(DIRECTIVE), new Position(1, 22)))
                .get(5, TimeUnit.SECONDS);
        Location l = result.getLeft().get(0);
        assertThat(l.getUri()).isEqualTo(LspConnection.uri(tmp, L2));
        assertThat(l.getRange()).isEqualTo(new Range(new Position(4, 3), new Position(4, 7)));
    }

    @Test
    void definitionAndHoverReachATeamDefinitionInAnotherFile() throws Exception {
        String plan = ".agent/teams/alpha/phase-4/planning-coord/L3-full/plan.md";
        String table = ".agent/teams/alpha/phase-4/worker-2/risks.md";
        String review = ".agent/teams/alpha/phase-5/review.md";
        TestWorkspace.in(tmp)
                .file(plan, "# Plan\n### R-5: Token expiry during long imports\n")
                .file(table, "| ID | Risk |\n|----|------|\n| R-5 | Token expiry |\n")
                .file(review, "The rollout still carries R-5.\n");
        lsp.close();
        lsp = new LspConnection();
        lsp.start(tmp);
        var result = lsp.server
                .getTextDocumentService()
                .definition(new DefinitionParams(doc(review), new Position(0, 27)))
                .get(5, TimeUnit.SECONDS);
        assertThat(result.getLeft())
                .extracting(Location::getUri, Location::getRange)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                LspConnection.uri(tmp, plan), new Range(new Position(1, 4), new Position(1, 7))),
                        org.assertj.core.groups.Tuple.tuple(
                                LspConnection.uri(tmp, table), new Range(new Position(2, 2), new Position(2, 5))));
        var hover = lsp.server
                .getTextDocumentService()
                .hover(new HoverParams(doc(review), new Position(0, 27)))
                .get(5, TimeUnit.SECONDS);
        assertThat(hover.getContents().getRight().getValue())
                .contains("Token expiry during long imports")
                .contains("heading")
                .contains(plan)
                .contains("Also defined in 1 other document");
    }

    @Test
    void theTrailCommandAnswersTheSitesInPhaseOrder() throws Exception {
        var result = lsp.server
                .getWorkspaceService()
                .executeCommand(new org.eclipse.lsp4j.ExecuteCommandParams(
                        "handoff.trail",
                        List.of(
                                LspConnection.uri(tmp, DIRECTIVE),
                                com.google.gson.JsonParser.parseString("{\"line\": 1, \"character\": 9}"))))
                .get(5, TimeUnit.SECONDS);
        String json = new com.google.gson.Gson().toJson(result);
        // Phase 3's definition first, then phase 4's directive (twice: plain and after the emoji).
        assertThat(json.indexOf("phase-3/coordinator/L2-summary.md"))
                .isBetween(0, json.indexOf("phase-4/directive.md"));
        assertThat(com.google.gson.JsonParser.parseString(json).getAsJsonArray())
                .hasSize(3);
    }

    @Test
    void referencesHonourIncludeDeclaration() throws Exception {
        var without = lsp.server
                .getTextDocumentService()
                .references(new ReferenceParams(doc(L2), new Position(4, 4), new ReferenceContext(false)))
                .get(5, TimeUnit.SECONDS);
        var with = lsp.server
                .getTextDocumentService()
                .references(new ReferenceParams(doc(L2), new Position(4, 4), new ReferenceContext(true)))
                .get(5, TimeUnit.SECONDS);
        assertThat(without).hasSize(2);
        assertThat(with).hasSize(3);
    }

    @Test
    void renameEditsEveryFileOfThePipelineWithVersionsOfOpenDocuments() throws Exception {
        String l2 = LspConnection.uri(tmp, L2);
        lsp.open(l2, 5, java.nio.file.Files.readString(tmp.resolve(L2)));
        WorkspaceEdit edit = lsp.server
                .getTextDocumentService()
                .rename(new RenameParams(doc(L2), new Position(4, 4), "AD-7"))
                .get(5, TimeUnit.SECONDS);
        var changes = edit.getDocumentChanges();
        assertThat(changes).hasSize(2);
        var l2Edit = changes.stream()
                .map(e -> e.getLeft())
                .filter(e -> e.getTextDocument().getUri().equals(l2))
                .findFirst()
                .orElseThrow();
        assertThat(l2Edit.getTextDocument().getVersion()).isEqualTo(5);
        assertThat(l2Edit.getEdits())
                .containsExactly(new TextEdit(new Range(new Position(4, 3), new Position(4, 7)), "AD-7"));
        var directiveEdit = changes.stream()
                .map(e -> e.getLeft())
                .filter(e -> !e.getTextDocument().getUri().equals(l2))
                .findFirst()
                .orElseThrow();
        assertThat(directiveEdit.getTextDocument().getVersion()).isNull();
        assertThat(directiveEdit.getEdits())
                .containsExactly(
                        new TextEdit(new Range(new Position(1, 8), new Position(1, 12)), "AD-7"),
                        new TextEdit(new Range(new Position(1, 21), new Position(1, 25)), "AD-7"));
    }

    @Test
    void renameRefusesATakenOrMalformedName() {
        assertThatThrownBy(() -> lsp.server
                        .getTextDocumentService()
                        .rename(new RenameParams(doc(L2), new Position(4, 4), "AD-2"))
                        .get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ResponseErrorException.class)
                .hasMessageContaining("AD-2");
        assertThatThrownBy(() -> lsp.server
                        .getTextDocumentService()
                        .rename(new RenameParams(doc(L2), new Position(4, 4), "AD-01"))
                        .get(5, TimeUnit.SECONDS))
                .hasMessageContaining("well-formed");
    }

    @Test
    void codeLensCountsReferences() throws Exception {
        var lenses = lsp.server
                .getTextDocumentService()
                .codeLens(new CodeLensParams(doc(L2)))
                .get(5, TimeUnit.SECONDS);
        assertThat(lenses).hasSize(2);
        assertThat(lenses.get(0).getCommand().getTitle()).startsWith("2 references");
        assertThat(lenses.get(0).getCommand().getCommand()).isEqualTo("handoff.showReferences");
    }

    @Test
    void requestsForUnknownDocumentsAnswerEmpty() throws Exception {
        assertThat(lsp.server
                        .getTextDocumentService()
                        .hover(new HoverParams(doc("missing.md"), new Position(0, 0)))
                        .get(5, TimeUnit.SECONDS))
                .isNull();
        assertThat(lsp.server
                        .getTextDocumentService()
                        .definition(new DefinitionParams(doc("missing.md"), new Position(0, 0)))
                        .get(5, TimeUnit.SECONDS)
                        .getLeft())
                .isEmpty();
    }
}
