package dev.handoffls.index;

import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdReference;

/** A reference to an ID (possibly through a range) in a document. */
public record ReferenceSite(HandoffDocument document, IdReference reference) {}
