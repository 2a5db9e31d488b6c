package dev.handoffls.index;

import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;

/** A scope definition of an ID: the document and the definition in it. */
public record DefinitionSite(HandoffDocument document, IdDefinition definition) {

    public String path() {
        return document.path();
    }
}
