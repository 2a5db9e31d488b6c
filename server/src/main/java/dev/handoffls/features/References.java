package dev.handoffls.features;

import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.text.Position;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Find references: every reference to the ID under the cursor in its whole scope (all phases, the
 * PT, directives), a range reference as its whole text; with the declarations, every definition and
 * document-local definition too. Sorted by path, then position.
 */
public final class References {
    static final Comparator<Location> ORDER =
            Comparator.comparing(Location::path).thenComparing(Location::range, Occurrences.BY_POSITION);

    private References() {}

    public static List<Location> references(
            WorkspaceIndex index, HandoffDocument doc, Position position, boolean includeDeclaration) {
        return IdAt.find(doc, position)
                .map(id -> of(index, doc, id.id(), includeDeclaration))
                .orElse(List.of());
    }

    static List<Location> of(WorkspaceIndex index, HandoffDocument doc, String id, boolean includeDeclaration) {
        Set<Location> out = new LinkedHashSet<>();
        for (HandoffDocument d : Occurrences.scopeDocuments(index, doc)) {
            d.references().stream()
                    .filter(r -> r.ids().contains(id))
                    .forEach(r -> out.add(new Location(d.path(), r.range())));
            if (includeDeclaration) {
                Occurrences.of(d, id).stream()
                        .filter(Occurrences.Occurrence::isDefinition)
                        .forEach(o -> out.add(new Location(d.path(), o.range())));
            }
        }
        return out.stream().sorted(ORDER).toList();
    }
}
