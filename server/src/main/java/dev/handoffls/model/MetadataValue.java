package dev.handoffls.model;

import dev.handoffls.text.Range;

/** A ticket fact as written in front matter or a bold body line. */
public record MetadataValue(String key, String value, Range keyRange, Range valueRange, boolean fromFrontMatter) {}
