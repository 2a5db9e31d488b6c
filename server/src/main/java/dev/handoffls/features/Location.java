package dev.handoffls.features;

import dev.handoffls.text.Range;

/** A range in a workspace document (path relative to the workspace root). */
public record Location(String path, Range range) {}
