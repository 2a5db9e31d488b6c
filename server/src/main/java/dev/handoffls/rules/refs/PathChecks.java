package dev.handoffls.rules.refs;

import dev.handoffls.index.PathResolver;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.LinkRef;
import dev.handoffls.model.PathRef;
import dev.handoffls.model.TaskItem;
import dev.handoffls.rules.RuleContext;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.List;

/** Path resolution shared by the file rules (HL303–HL305, HL309). */
public final class PathChecks {
    /** Spec §12: a {@code handoff-….md} name is only ever HL307. */
    private static final String HANDOFF_PREFIX = "handoff-";

    private PathChecks() {}

    /** Whether a path names a handoff ticket file (those are HL307's, never HL303/HL304; spec §12). */
    public static boolean isHandoffName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1); // "handoff-*.md", without a regex per path
        return name.length() >= HANDOFF_PREFIX.length() + 3 && name.startsWith(HANDOFF_PREFIX) && name.endsWith(".md");
    }

    record Checked(PathRef ref, PathResolver.Resolution resolution, TaskItem task) {}

    /** Artifact, directive-input and link paths (HL303, HL309). */
    static List<Checked> filePaths(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        List<Checked> out = new ArrayList<>();
        List<PathRef> refs = new ArrayList<>(doc.artifactPaths());
        refs.addAll(doc.directiveInputs());
        for (PathRef ref : refs) {
            if (!isHandoffName(ref.text())) {
                out.add(new Checked(ref, ctx.resolver().resolve(doc, ref), null));
            }
        }
        for (var link : doc.links()) {
            if (link.path().isEmpty() || isHandoffName(link.path())) {
                continue;
            }
            PathRef ref = new PathRef(link.path(), linkPart(link, false), PathRef.Context.LINK, false, null);
            out.add(new Checked(ref, ctx.resolver().resolve(doc, link.path(), false, false), null));
        }
        return out;
    }

    /**
     * The part of a link's destination before its {@code #} (the path: HL303, HL309) or from it (the
     * anchor: HL310); the whole destination when it is not written as is on one line.
     */
    static Range linkPart(LinkRef link, boolean anchor) {
        Range r = link.range();
        int hash = link.destination().indexOf('#');
        if (hash < 0
                || r.startLine() != r.endLine()
                || r.end().character() - r.start().character()
                        != link.destination().length()) {
            return r;
        }
        Position at = new Position(r.startLine(), r.start().character() + hash);
        return anchor ? new Range(at, r.end()) : new Range(r.start(), at);
    }

    /** The object of each task (HL304, HL305, HL309): other paths a task mentions are not its target. */
    static List<Checked> taskPaths(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        List<Checked> out = new ArrayList<>();
        for (TaskItem task : doc.tasks()) {
            PathRef ref = task.target().orElse(null);
            if (ref != null && !isHandoffName(ref.text())) {
                out.add(new Checked(ref, ctx.resolver().resolve(doc, ref), task));
            }
        }
        return out;
    }

    static String lookedIn(RuleContext ctx, PathRef ref) {
        List<String> roots = ctx.resolver().roots(ctx.document());
        if (ref.context() == PathRef.Context.ARTIFACT) {
            roots = roots.subList(0, ctx.document().location().pipelineFolder() != null ? 2 : 1);
        }
        List<String> shown = roots.stream()
                .map(r -> r.isEmpty() ? "the workspace root" : r + "/")
                .distinct()
                .toList();
        String base = ref.baseDir() != null ? " for " + ref.baseDir() + ref.text() : "";
        return "looked" + base + " under " + String.join(", ", shown) + elsewhere(ref);
    }

    /** How the resolver searched beyond the roots (PathResolver: by name, or by trailing segments). */
    private static String elsewhere(PathRef ref) {
        if (ref.context() == PathRef.Context.ARTIFACT) {
            return "";
        }
        String looked = ref.baseDir() != null ? ref.baseDir() + ref.text() : ref.text();
        if (!looked.contains("/")) {
            return " and by name everywhere";
        }
        boolean bySegments = ref.context() != PathRef.Context.LINK && !ref.isDirectory();
        return bySegments ? ", and for a single workspace file whose path ends with it" : "";
    }
}
