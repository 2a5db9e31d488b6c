package dev.handoffls.features.structure;

import dev.handoffls.text.Range;
import java.util.List;

/**
 * One node of a document's outline. {@code range} covers the whole construct, {@code selectionRange}
 * (inside it) the part to reveal: a heading line, an ID token, a key. Children lie within the range.
 */
public record Symbol(
        String name, String detail, SymbolKind kind, Range range, Range selectionRange, List<Symbol> children) {

    public Symbol {
        children = List.copyOf(children);
    }
}
