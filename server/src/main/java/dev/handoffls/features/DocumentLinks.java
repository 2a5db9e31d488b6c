package dev.handoffls.features;

import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Clickable references: task and artifact paths, directive inputs, local links, wiki links, handoff
 * ticket names and decision numbers — each that leads to an existing file (the same resolution as
 * go-to-definition, {@link PathTarget}).
 */
public final class DocumentLinks {
    private DocumentLinks() {}

    /** @param line the 0-based line of a heading the link's anchor names, or -1 */
    public record Link(Range range, String target, int line, String tooltip) {}

    public static List<Link> of(WorkspaceIndex index, HandoffDocument doc) {
        List<Link> out = new ArrayList<>();
        for (PathTarget t : new PathTargets(index, doc).all()) {
            t.file()
                    .map(f -> new Link(
                            t.range(), f, t.heading().map(h -> h.line()).orElse(-1), t.kind().label + ": " + f))
                    .ifPresent(out::add);
        }
        out.sort((a, b) -> a.range().start().compareTo(b.range().start()));
        return out;
    }
}
