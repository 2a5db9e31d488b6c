package dev.handoffls.features;

import dev.handoffls.index.OriginOrder;
import dev.handoffls.index.TeamSite;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.TeamDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The team definitions of an ID in a document's scope (spec §4 v3), with the document being edited in
 * place of its indexed version, in origin order of their documents.
 */
final class TeamSites {
    private TeamSites() {}

    static List<TeamSite> of(WorkspaceIndex index, HandoffDocument doc, String id) {
        List<TeamSite> out = new ArrayList<>();
        List<HandoffDocument> docs = new ArrayList<>(Occurrences.scopeDocuments(index, doc));
        docs.sort(OriginOrder.DOCUMENTS);
        for (HandoffDocument d : docs) {
            for (TeamDefinition t : d.teamDefinitions()) {
                if (t.id().equals(id)) {
                    out.add(new TeamSite(d, t));
                }
            }
        }
        return out;
    }

    /** The site a hover shows: the first in origin order that states something, else the first. */
    static Optional<TeamSite> best(List<TeamSite> sites) {
        return sites.stream()
                .filter(s -> !s.definition().statement().isBlank())
                .findFirst()
                .or(() -> sites.stream().findFirst());
    }
}
