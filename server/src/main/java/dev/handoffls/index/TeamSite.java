package dev.handoffls.index;

import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.TeamDefinition;

/** A team definition of an ID (spec §4 v3): the document and the definition in it. */
public record TeamSite(HandoffDocument document, TeamDefinition definition) {

    public String path() {
        return document.path();
    }
}
