package dev.handoffls.features.structure;

/** What a completion proposes; the LSP adapter maps it to a protocol item kind. */
public enum CompletionKind {
    /** An ID of the scope (a reference). */
    ID,
    /** The next free ID of a category, after {@code [} at the start of an item. */
    NEXT_ID,
    /** A wiki-link note name. */
    NOTE,
    FILE,
    FOLDER,
    /** A ticket metadata key. */
    KEY,
    /** A status or priority value. */
    VALUE
}
