package dev.handoffls.features;

import dev.handoffls.index.ScopeIndex;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.IdReference;
import dev.handoffls.model.TeamDefinition;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every occurrence of one ID in one document, the base of highlights, references and rename. In a
 * range reference only a literal end token ({@code AD-4} of {@code AD-1 through AD-4}) is an
 * occurrence of its own; an ID strictly inside a range occurs as the whole range text.
 */
final class Occurrences {

    enum Kind {
        DEFINITION,
        TEAM_DEFINITION,
        REFERENCE,
        RANGE_END,
        INSIDE_RANGE
    }

    /** @param reference the reference, for the reference kinds; else null */
    record Occurrence(Kind kind, Range range, IdReference reference) {

        boolean isDefinition() {
            return kind == Kind.DEFINITION || kind == Kind.TEAM_DEFINITION;
        }
    }

    static final Comparator<Range> BY_POSITION =
            Comparator.comparing(Range::start).thenComparing(Range::end);

    private Occurrences() {}

    static List<Occurrence> of(HandoffDocument doc, String id) {
        List<Occurrence> out = new ArrayList<>();
        for (IdDefinition d : doc.definitions()) {
            if (d.id().equals(id)) {
                out.add(new Occurrence(Kind.DEFINITION, d.range(), null));
            }
        }
        for (TeamDefinition d : doc.teamDefinitions()) {
            if (d.id().equals(id)) {
                out.add(new Occurrence(Kind.TEAM_DEFINITION, d.range(), null));
            }
        }
        for (IdReference r : doc.references()) {
            if (!r.ids().contains(id)) {
                continue;
            }
            if (!r.isRange()) {
                out.add(new Occurrence(Kind.REFERENCE, r.range(), r));
                continue;
            }
            List<Range> ends = endTokens(doc, r, id);
            if (ends.isEmpty()) {
                out.add(new Occurrence(Kind.INSIDE_RANGE, r.range(), r));
            }
            ends.forEach(e -> out.add(new Occurrence(Kind.RANGE_END, e, r)));
        }
        out.sort(Comparator.comparing(Occurrence::range, BY_POSITION));
        return out;
    }

    /** Whether {@link #of} would find anything, without collecting it (a hover asks this of every document). */
    static boolean mentions(HandoffDocument doc, String id) {
        for (IdDefinition d : doc.definitions()) {
            if (d.id().equals(id)) {
                return true;
            }
        }
        for (TeamDefinition d : doc.teamDefinitions()) {
            if (d.id().equals(id)) {
                return true;
            }
        }
        for (IdReference r : doc.references()) {
            if (r.ids().contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** The literal end tokens of a range reference that are {@code id} (none for {@code OQ-1~3}'s end). */
    static List<Range> endTokens(HandoffDocument doc, IdReference r, String id) {
        List<Range> out = new ArrayList<>();
        int start = doc.text().offsetAt(r.range().start());
        String text = r.text();
        if (r.ids().get(0).equals(id) && text.startsWith(id)) {
            out.add(doc.text().range(start, start + id.length()));
        }
        int lastAt = text.length() - id.length();
        if (r.ids().get(r.ids().size() - 1).equals(id)
                && lastAt > 0
                && text.endsWith(id)
                && !isWordChar(text.charAt(lastAt - 1))) {
            out.add(doc.text().range(start + lastAt, start + text.length()));
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    /**
     * The documents of the scope of {@code doc} that take part in its IDs (history PT versions do
     * not), with {@code doc} itself in place of the indexed version of its path.
     */
    static List<HandoffDocument> scopeDocuments(WorkspaceIndex index, HandoffDocument doc) {
        ScopeIndex scope = index.scopeOf(doc);
        List<HandoffDocument> out = new ArrayList<>();
        boolean seen = false;
        for (HandoffDocument d : scope.documents()) {
            if (d.path().equals(doc.path())) {
                out.add(doc);
                seen = true;
            } else if (!scope.isHistoryPt(d.path())) {
                out.add(d);
            }
        }
        if (!seen) {
            out.add(doc);
            out.sort(Comparator.comparing(HandoffDocument::path));
        }
        return out;
    }
}
