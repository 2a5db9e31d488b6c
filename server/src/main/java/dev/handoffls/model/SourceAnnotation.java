package dev.handoffls.model;

import dev.handoffls.text.Range;

/** {@code <!-- source: PATH -->} at the end of a PT item; range covers PATH. */
public record SourceAnnotation(String id, String path, Range range) {}
