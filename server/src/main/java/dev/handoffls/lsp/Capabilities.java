package dev.handoffls.lsp;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;

/** What the server advertises in {@code initialize}. */
final class Capabilities {
    private Capabilities() {}

    static ServerCapabilities server(ClientCapabilities client) {
        ServerCapabilities c = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        c.setTextDocumentSync(sync);
        // Positions are UTF-16 code units, the LSP default, said explicitly (LSP 3.17 positionEncoding).
        c.setPositionEncoding("utf-16");
        DiagnosticRegistrationOptions pull = new DiagnosticRegistrationOptions(true, true);
        pull.setIdentifier("handoff");
        c.setDiagnosticProvider(pull);
        Features.advertise(c);
        return c;
    }
}
