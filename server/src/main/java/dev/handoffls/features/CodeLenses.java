package dev.handoffls.features;

import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.TeamDefinition;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * A code lens on each scope definition of a document: how many references the ID has in the
 * pipeline and, where the pipeline has one PT, its PT state ({@code 3 references · PT ✅}); and on
 * each team definition written as a heading ({@code ### AD-4: …}), its reference count.
 */
public final class CodeLenses {

    /** @param references the references (not definitions) the lens lists when clicked */
    public record Lens(Range range, String title, String id, List<Location> references) {}

    private CodeLenses() {}

    public static List<Lens> lenses(WorkspaceIndex index, HandoffDocument doc) {
        List<Lens> out = new ArrayList<>();
        for (IdDefinition d : doc.definitions()) {
            List<Location> refs = References.of(index, doc, d.id(), false);
            PtState pt = PtState.of(index.scopeOf(doc), d.id());
            String title = count(refs.size()) + (pt.lens.isEmpty() ? "" : " · PT " + pt.lens);
            List<Location> shown = refs;
            if (index.scopeOf(doc)
                    .trail(index.configFor(doc.path()))
                    .item(d.id())
                    .isPresent()) {
                // The item's trail: its state, the last phase that speaks of it, and its sites in phase order.
                TrailSummary trail = TrailSummary.of(index, doc, d.id());
                title += " · " + trail.state() + (trail.lastSeen() == null ? "" : ", last seen P" + trail.lastSeen());
                shown = trail.sites();
            }
            out.add(new Lens(d.range(), title, d.id(), shown));
        }
        // Team definitions in headings only: a lens above every table row would break tables apart.
        for (TeamDefinition t : doc.teamDefinitions()) {
            if (t.form() == TeamDefinition.Form.HEADING) {
                List<Location> refs = References.of(index, doc, t.id(), false);
                out.add(new Lens(t.range(), count(refs.size()), t.id(), refs));
            }
        }
        return out;
    }

    private static String count(int n) {
        return n == 0 ? "no references" : n == 1 ? "1 reference" : n + " references";
    }
}
