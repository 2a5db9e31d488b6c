package dev.handoffls.model;

import dev.handoffls.text.Range;

/** A markdown link or image to a local file, with an optional heading anchor. */
public record LinkRef(String destination, String path, String anchor, Range range) {}
