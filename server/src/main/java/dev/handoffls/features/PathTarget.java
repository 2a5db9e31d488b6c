package dev.handoffls.features;

import dev.handoffls.index.PathResolver.Resolution;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.Heading;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.List;
import java.util.Optional;

/**
 * A reference to a file under the cursor (task path, artifact, directive input, link, wiki link,
 * handoff ticket name, decision number) and the files it leads to.
 *
 * @param written    the reference as written (a wiki link's name, a decision's number)
 * @param range      the reference's range in the document
 * @param resolution for paths and links: how the path resolved; null for names
 * @param files      workspace-relative paths of the files it leads to, best first; empty when none
 * @param heading    the heading an anchor ({@code #slug}, {@code [[note#Heading]]}) names, when found
 */
record PathTarget(
        Kind kind, String written, Range range, Resolution resolution, List<String> files, Optional<Heading> heading) {

    enum Kind {
        TASK("Task path"),
        ARTIFACT("Artifact"),
        DIRECTIVE_INPUT("Directive input"),
        LINK("Link"),
        WIKI_LINK("Wiki link"),
        HANDOFF("Handoff ticket"),
        DECISION("Decision");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** The file reference at the position; empty when there is none, or the token is not a path. */
    static Optional<PathTarget> at(WorkspaceIndex index, HandoffDocument doc, Position p) {
        return new PathTargets(index, doc).at(p);
    }

    /** The first file it leads to, if any. */
    Optional<String> file() {
        return files.isEmpty() ? Optional.empty() : Optional.of(files.get(0));
    }
}
