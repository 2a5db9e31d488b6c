package dev.handoffls.lsp;

import org.eclipse.lsp4j.ServerCapabilities;

/** The editor features the server advertises; each has its handler in the document or workspace service. */
final class Features {
    private Features() {
    }

    static void advertise(ServerCapabilities c) {
        // Filled in as features are wired to the engine (hover, definition, …).
    }
}
