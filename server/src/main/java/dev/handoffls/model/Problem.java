package dev.handoffls.model;

import dev.handoffls.text.Range;

/** Something wrong found while reading a document (bad YAML, invalid bytes), reported by a rule. */
public record Problem(Range range, String message) {}
