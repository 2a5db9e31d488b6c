package dev.handoffls.lsp;

import java.util.List;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DocumentLinkOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileOperationFilter;
import org.eclipse.lsp4j.FileOperationOptions;
import org.eclipse.lsp4j.FileOperationPattern;
import org.eclipse.lsp4j.FileOperationsServerCapabilities;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;

/** The editor features the server advertises; each has its handler in the document or workspace service. */
final class Features {
    private Features() {}

    static void advertise(ServerCapabilities c) {
        c.setHoverProvider(true);
        c.setDefinitionProvider(true);
        c.setDeclarationProvider(true);
        c.setReferencesProvider(true);
        c.setDocumentHighlightProvider(true);
        c.setRenameProvider(new RenameOptions(true));
        c.setCodeLensProvider(new CodeLensOptions(false));
        c.setDocumentSymbolProvider(true);
        c.setWorkspaceSymbolProvider(true);
        c.setFoldingRangeProvider(true);
        c.setSelectionRangeProvider(true);
        c.setDocumentLinkProvider(new DocumentLinkOptions(false));
        c.setCompletionProvider(new CompletionOptions(false, List.of("[", "/", ".", "*")));
        SemanticTokensWithRegistrationOptions tokens =
                new SemanticTokensWithRegistrationOptions(StructureHandlers.legend());
        tokens.setFull(true);
        c.setSemanticTokensProvider(tokens);
        c.setCodeActionProvider(new CodeActionOptions(List.of(
                CodeActionKind.QuickFix,
                CodeActions.SOURCE_SYNC,
                CodeActions.SOURCE_DIRECTIVE,
                CodeActions.SOURCE_TEMPLATE,
                CodeActions.SOURCE_PT,
                CodeActions.SOURCE_TICKET)));
        List<String> commands = new java.util.ArrayList<>(LeadCommands.ALL);
        commands.add(HandoffWorkspaceService.TRAIL);
        c.setExecuteCommandProvider(new ExecuteCommandOptions(commands));
        // Renames and moves made in the editor update what points at the file (links, inputs, annotations).
        FileOperationsServerCapabilities files = new FileOperationsServerCapabilities();
        files.setWillRename(
                new FileOperationOptions(List.of(new FileOperationFilter(new FileOperationPattern("**/*")))));
        WorkspaceServerCapabilities workspace = new WorkspaceServerCapabilities();
        workspace.setFileOperations(files);
        c.setWorkspace(workspace);
    }
}
