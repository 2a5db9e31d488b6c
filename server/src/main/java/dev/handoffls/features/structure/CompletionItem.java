package dev.handoffls.features.structure;

import dev.handoffls.text.Range;

/**
 * One proposal: {@code insertText} replaces {@code replaceRange} (which ends at the cursor or, for a
 * closing bracket typed ahead, just after it). {@code detail} is one line; {@code documentation} may
 * be longer markdown, or empty.
 */
public record CompletionItem(
        String label,
        String insertText,
        String detail,
        String documentation,
        CompletionKind kind,
        Range replaceRange) {}
