package dev.handoffls.features;

import dev.handoffls.index.DefinitionSite;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.Heading;
import dev.handoffls.model.TeamDefinition;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Go to definition: an ID goes to its origin (spec §4), or, defined only for its own document, to
 * that local definition; a path, link, wiki link, ticket name or decision number goes to the file
 * (to the heading its anchor names, when there is one).
 */
public final class Definitions {
    private static final Range FILE_START = Range.of(0, 0, 0, 0);

    private Definitions() {
    }

    public static List<Location> definition(WorkspaceIndex index, HandoffDocument doc, Position position) {
        Optional<IdAt> id = IdAt.find(doc, position);
        if (id.isPresent()) {
            return ofId(index, doc, id.get().id());
        }
        return PathTarget.at(index, doc, position).map(Definitions::ofTarget).orElse(List.of());
    }

    /** The declaration of an ID is its definition; paths have none. */
    public static List<Location> declaration(WorkspaceIndex index, HandoffDocument doc, Position position) {
        return IdAt.find(doc, position).map(id -> ofId(index, doc, id.id())).orElse(List.of());
    }

    static List<Location> ofId(WorkspaceIndex index, HandoffDocument doc, String id) {
        Optional<DefinitionSite> origin = index.scopeOf(doc).origin(id);
        if (origin.isPresent()) {
            return List.of(new Location(origin.get().path(), origin.get().definition().range()));
        }
        return doc.teamDefinitions().stream().filter(d -> d.id().equals(id)).map(TeamDefinition::range)
                .map(r -> new Location(doc.path(), r)).toList();
    }

    static List<Location> ofTarget(PathTarget target) {
        // The anchor was looked up in the first file only.
        List<Location> out = new ArrayList<>();
        for (String f : target.files()) {
            out.add(new Location(f, out.isEmpty() ? target.heading().map(Heading::range).orElse(FILE_START) : FILE_START));
        }
        return out;
    }
}
