package dev.handoffls.features;

import dev.handoffls.index.PathResolver;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.LinkRef;
import dev.handoffls.model.PathRef;
import dev.handoffls.model.SourceAnnotation;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A file or folder renamed or moved in the editor (spec §10, {@code workspace/willRenameFiles}): the
 * links, directive input paths and PT source annotations that point at it are rewritten, written the
 * same way as before (relative to the document, or to the pipeline folder). Links inside a moved
 * document are rewritten for its new folder.
 */
public final class FileRenames {
    private FileRenames() {}

    /** One rename; a folder rename moves everything below it. */
    public record Rename(String oldPath, String newPath) {
        Optional<String> map(String path) {
            if (path.equals(oldPath)) {
                return Optional.of(newPath);
            }
            if (path.startsWith(oldPath + "/")) {
                return Optional.of(newPath + path.substring(oldPath.length()));
            }
            return Optional.empty();
        }
    }

    public static Map<String, List<TextEdit>> plan(WorkspaceIndex index, List<Rename> renames) {
        PathResolver resolver = new PathResolver(index);
        Map<String, List<TextEdit>> out = new LinkedHashMap<>();
        for (HandoffDocument doc : index.documents().values()) {
            String newFolder = dev.handoffls.config.WorkspaceLayout.parent(
                    mapped(renames, doc.path()).orElse(doc.path()));
            boolean moved = !newFolder.equals(doc.location().folder());
            List<TextEdit> edits = new ArrayList<>();
            for (LinkRef link : doc.links()) {
                if (link.path().isEmpty()) {
                    continue;
                }
                PathResolver.Resolution r = resolver.resolve(doc, link.path(), false, false);
                if (r.status() != PathResolver.Status.FOUND
                        || !r.found()
                                .equals(PathResolver.normalize(doc.location().folder(), link.path())
                                        .orElse(""))) {
                    continue; // only document-relative links are rewritten; root-relative ones keep working
                }
                Optional<String> target = mapped(renames, r.found());
                if (target.isEmpty() && !moved) {
                    continue;
                }
                String written = written(link.path(), PathResolver.relativize(newFolder, target.orElse(r.found())));
                pathPart(link)
                        .filter(range -> !written.equals(link.path()))
                        .ifPresent(range -> edits.add(new TextEdit(range, written)));
            }
            for (PathRef ref : doc.directiveInputs()) {
                PathResolver.Resolution r = resolver.resolve(doc, ref);
                Optional<String> target =
                        r.status() == PathResolver.Status.FOUND ? mapped(renames, r.found()) : Optional.empty();
                if (target.isPresent()) {
                    String pipeline = doc.location().pipelineFolder();
                    boolean pipelineRelative = pipeline != null && r.found().equals(pipeline + "/" + ref.text());
                    edits.add(new TextEdit(
                            ref.range(),
                            PathResolver.relativize(pipelineRelative ? pipeline : newFolder, target.get())));
                }
            }
            String base = doc.location().annotationBase();
            for (SourceAnnotation a : doc.sourceAnnotations()) {
                Optional<String> target = PathResolver.normalize(base, a.path()).flatMap(p -> mapped(renames, p));
                target.ifPresent(t -> edits.add(new TextEdit(a.range(), PathResolver.relativize(base, t))));
            }
            if (!edits.isEmpty()) {
                edits.sort((x, y) -> x.range().start().compareTo(y.range().start()));
                out.put(doc.path(), edits);
            }
        }
        return out;
    }

    private static Optional<String> mapped(List<Rename> renames, String path) {
        for (Rename r : renames) {
            Optional<String> m = r.map(path);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** Keeps a leading "./" when the link had one. */
    private static String written(String before, String after) {
        return before.startsWith("./") && !after.startsWith("../") ? "./" + after : after;
    }

    /** The range of the link's path (before any #anchor), when the destination is written as is. */
    private static Optional<Range> pathPart(LinkRef link) {
        Range r = link.range();
        String dest = link.destination();
        if (r.startLine() != r.endLine()
                || r.end().character() - r.start().character() != dest.length()
                || dest.contains("%")) {
            return Optional.empty();
        }
        int hash = dest.indexOf('#');
        int end = hash < 0 ? dest.length() : hash;
        return Optional.of(
                new Range(r.start(), new Position(r.startLine(), r.start().character() + end)));
    }
}
