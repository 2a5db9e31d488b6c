package dev.handoffls.features;

import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.IdReference;
import dev.handoffls.model.TeamDefinition;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.Optional;

/**
 * The ID under a cursor: which ID, the range of its token, and whether that occurrence defines it.
 * Inside a range reference ({@code AD-1 through AD-4}) the ID is the end token the cursor is on, or
 * the first ID when it is between them.
 */
public record IdAt(String id, Range range, Kind kind) {

    public enum Kind {
        DEFINITION,
        TEAM_DEFINITION,
        REFERENCE
    }

    public static Optional<IdAt> find(HandoffDocument doc, Position p) {
        for (IdDefinition d : doc.definitions()) {
            if (d.range().contains(p)) {
                return Optional.of(new IdAt(d.id(), d.range(), Kind.DEFINITION));
            }
        }
        for (TeamDefinition d : doc.teamDefinitions()) {
            if (d.range().contains(p)) {
                return Optional.of(new IdAt(d.id(), d.range(), Kind.TEAM_DEFINITION));
            }
        }
        for (IdReference r : doc.references()) {
            if (!r.range().contains(p)) {
                continue;
            }
            if (!r.isRange()) {
                return Optional.of(new IdAt(r.ids().get(0), r.range(), Kind.REFERENCE));
            }
            return Optional.of(endTokenAt(doc, r, p));
        }
        return Optional.empty();
    }

    private static IdAt endTokenAt(HandoffDocument doc, IdReference r, Position p) {
        int start = doc.text().offsetAt(r.range().start());
        String first = r.ids().get(0);
        String last = r.ids().get(r.ids().size() - 1);
        int lastAt = r.text().lastIndexOf(last);
        if (lastAt > 0 && doc.text().offsetAt(p) >= start + lastAt) {
            return new IdAt(last, doc.text().range(start + lastAt, start + lastAt + last.length()), Kind.REFERENCE);
        }
        return new IdAt(first, doc.text().range(start, start + first.length()), Kind.REFERENCE);
    }
}
