package dev.handoffls.model;

import dev.handoffls.text.Range;

/** A reference by name: a {@code handoff-….md} file name, or a decision number ({@code D-011}). */
public record NamedRef(String name, Range range) {}
