package dev.handoffls.rules;

import dev.handoffls.text.Range;

/** Another place that explains a finding: the other duplicate, the origin of an ID. */
public record RelatedLocation(String path, Range range, String message) {}
