package dev.handoffls.lsp;

/** The text the editor holds for a document, which overrides the disk while it is open. */
record OpenDocument(String uri, String path, int version, String text) {}
