package dev.handoffls.features;

import dev.handoffls.text.Range;

/** Replace {@code range} with {@code newText}; the engine's edit type, converted at the LSP edge. */
public record TextEdit(Range range, String newText) {}
