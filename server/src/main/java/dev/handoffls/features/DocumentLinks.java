package dev.handoffls.features;

import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.PathRef;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
        Set<Range> ranges = new LinkedHashSet<>();
        doc.handoffRefs().forEach(r -> ranges.add(r.range()));
        doc.decisionRefs().forEach(r -> ranges.add(r.range()));
        doc.wikiLinks().forEach(w -> ranges.add(w.range()));
        doc.links().forEach(l -> ranges.add(l.range()));
        doc.tasks().forEach(t -> t.paths().forEach(p -> ranges.add(p.range())));
        doc.artifactPaths().stream().map(PathRef::range).forEach(ranges::add);
        doc.directiveInputs().stream().map(PathRef::range).forEach(ranges::add);
        List<Link> out = new ArrayList<>();
        for (Range r : ranges) {
            PathTarget.at(index, doc, r.start())
                    .filter(t -> t.range().equals(r))
                    .flatMap(t -> t.file()
                            .map(f -> new Link(
                                    r, f, t.heading().map(h -> h.line()).orElse(-1), t.kind().label + ": " + f)))
                    .ifPresent(out::add);
        }
        out.sort((a, b) -> a.range().start().compareTo(b.range().start()));
        return out;
    }
}
