package dev.handoffls.features;

import dev.handoffls.model.HandoffDocument;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.List;

/**
 * Document highlight: every occurrence in this document of the ID under the cursor; definitions
 * (scope and local) are writes, references reads. An ID strictly inside a range highlights the range.
 */
public final class Highlights {

    public record Highlight(Range range, boolean write) {}

    private Highlights() {}

    public static List<Highlight> highlights(HandoffDocument doc, Position position) {
        return IdAt.find(doc, position)
                .map(id -> Occurrences.of(doc, id.id()).stream()
                        .map(o -> new Highlight(o.range(), o.isDefinition()))
                        .distinct()
                        .toList())
                .orElse(List.of());
    }
}
