package dev.handoffls.features;

import dev.handoffls.index.DefinitionSite;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.Heading;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Go to definition: an ID goes to its origin (spec §4) and to every team definition of its scope; a path, link, wiki link, ticket name or decision number goes to the file
 * (to the heading its anchor names, when there is one).
 */
public final class Definitions {
    private static final Range FILE_START = Range.of(0, 0, 0, 0);

    private Definitions() {}

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

    /**
     * Every site that defines the ID: the handoff origin first (the other handoff copies restate it),
     * then each team definition of the scope in origin order (spec §4: two documents may each number
     * their own table).
     */
    static List<Location> ofId(WorkspaceIndex index, HandoffDocument doc, String id) {
        List<Location> out = new ArrayList<>();
        Optional<DefinitionSite> origin = index.scopeOf(doc).origin(id);
        origin.ifPresent(o -> out.add(new Location(o.path(), o.definition().range())));
        TeamSites.of(index, doc, id)
                .forEach(t -> out.add(new Location(t.path(), t.definition().range())));
        return out;
    }

    static List<Location> ofTarget(PathTarget target) {
        // The anchor was looked up in the first file only.
        List<Location> out = new ArrayList<>();
        for (String f : target.files()) {
            out.add(new Location(
                    f, out.isEmpty() ? target.heading().map(Heading::range).orElse(FILE_START) : FILE_START));
        }
        return out;
    }
}
