package dev.handoffls.features.structure;

/**
 * What a document symbol is; the LSP adapter maps these to protocol kinds (FILE → File, SECTION →
 * Namespace, CATEGORY → Package, ITEM → Constant, KEY → Property).
 */
public enum SymbolKind {
    /** An item of a category that holds paths, not IDs (Artifacts Produced, Codebase Impact Map). */
    FILE,
    /** A level-1 or level-2 heading and its section. */
    SECTION,
    /** A Downstream Handoff category or a PT registry section. */
    CATEGORY,
    /** An item of a category; for an ID definition its name is the ID. */
    ITEM,
    /** A ticket fact from front matter or a bold body line. */
    KEY
}
