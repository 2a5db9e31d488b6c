package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbols, folding, selection, semantic tokens, completion and links through a real JSON-RPC connection. */
class StructureProtocolTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String TEXT = """
            # Phase 3 summary

            ## Downstream Handoff
            ### Decisions Made (Forward-binding)
            - [AD-1] Event-driven pattern for the checkout module.
            - [
            ### Artifacts Produced
            - L1: `L1-index.yaml`
            """;

    @TempDir
    Path tmp;

    private LspConnection lsp;

    @BeforeEach
    void start() throws Exception {
        TestWorkspace.in(tmp).file(L2, TEXT).file(".agent/teams/alpha/phase-3/coordinator/L1-index.yaml", "a: 1\n");
        lsp = new LspConnection();
        var init = lsp.start(tmp);
        assertThat(init.getCapabilities()
                        .getSemanticTokensProvider()
                        .getLegend()
                        .getTokenTypes())
                .contains("handoffDecision");
    }

    @AfterEach
    void close() throws Exception {
        lsp.close();
    }

    private TextDocumentIdentifier doc() {
        return new TextDocumentIdentifier(LspConnection.uri(tmp, L2));
    }

    @Test
    void documentSymbolsNestSectionsCategoriesAndItems() throws Exception {
        var symbols = lsp.server
                .getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(doc()))
                .get(5, TimeUnit.SECONDS);
        var top = symbols.get(0).getRight();
        assertThat(top.getName()).isEqualTo("Phase 3 summary");
        var handoff = top.getChildren().get(0);
        assertThat(handoff.getName()).isEqualTo("Downstream Handoff");
        assertThat(handoff.getChildren().get(0).getChildren().get(0).getName()).isEqualTo("AD-1");
    }

    @Test
    void completionAfterABracketOffersTheNextFreeId() throws Exception {
        var list = lsp.server
                .getTextDocumentService()
                .completion(new CompletionParams(doc(), new Position(5, 3)))
                .get(5, TimeUnit.SECONDS)
                .getRight();
        assertThat(list.getItems()).extracting(i -> i.getLabel()).contains("AD-2");
    }

    @Test
    void semanticTokensMarkTheDefinition() throws Exception {
        var tokens = lsp.server
                .getTextDocumentService()
                .semanticTokensFull(new SemanticTokensParams(doc()))
                .get(5, TimeUnit.SECONDS);
        // line 4, char 3, length 4, type handoffDecision (0), modifiers declaration|definition (0b11)
        assertThat(tokens.getData()).startsWith(4, 3, 4, 0, 3);
    }

    @Test
    void foldingSelectionAndLinks() throws Exception {
        var folds = lsp.server
                .getTextDocumentService()
                .foldingRange(new FoldingRangeRequestParams(doc()))
                .get(5, TimeUnit.SECONDS);
        assertThat(folds).isNotEmpty();
        var selection = lsp.server
                .getTextDocumentService()
                .selectionRange(new SelectionRangeParams(doc(), List.of(new Position(4, 4))))
                .get(5, TimeUnit.SECONDS);
        assertThat(selection.get(0).getRange()).isEqualTo(new Range(new Position(4, 3), new Position(4, 7)));
        var links = lsp.server
                .getTextDocumentService()
                .documentLink(new DocumentLinkParams(doc()))
                .get(5, TimeUnit.SECONDS);
        assertThat(links).hasSize(1);
        assertThat(links.get(0).getTarget()).endsWith("phase-3/coordinator/L1-index.yaml");
    }

    @Test
    void workspaceSymbolsFindIdsAndWords() throws Exception {
        var byId = lsp.server
                .getWorkspaceService()
                .symbol(new WorkspaceSymbolParams("AD-1"))
                .get(5, TimeUnit.SECONDS);
        assertThat(byId.getRight()).extracting(s -> s.getName()).containsExactly("AD-1");
        var byWord = lsp.server
                .getWorkspaceService()
                .symbol(new WorkspaceSymbolParams("checkout event"))
                .get(5, TimeUnit.SECONDS);
        assertThat(byWord.getRight()).hasSize(1);
    }
}
