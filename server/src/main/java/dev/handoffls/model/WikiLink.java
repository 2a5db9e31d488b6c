package dev.handoffls.model;

import dev.handoffls.text.Range;

/** {@code [[name]]}, {@code [[name|alias]]} or {@code [[name#heading]]}; range covers the name. */
public record WikiLink(String name, String heading, Range range) {}
