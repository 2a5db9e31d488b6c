package dev.handoffls.features;

import dev.handoffls.index.PathResolver;
import dev.handoffls.index.PathResolver.Resolution;
import dev.handoffls.index.PathResolver.Status;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.Heading;
import dev.handoffls.model.LinkRef;
import dev.handoffls.model.NamedRef;
import dev.handoffls.model.PathRef;
import dev.handoffls.model.TaskItem;
import dev.handoffls.model.WikiLink;
import dev.handoffls.parse.Slugs;
import dev.handoffls.parse.TocSlugs;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.List;
import java.util.Locale;
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
        for (NamedRef r : doc.handoffRefs()) {
            if (r.range().contains(p)) {
                return Optional.of(named(Kind.HANDOFF, r, index.filesNamed(r.name())));
            }
        }
        for (NamedRef r : doc.decisionRefs()) {
            if (r.range().contains(p)) {
                List<String> files = index.decisions(Integer.parseInt(r.name())).stream()
                        .map(HandoffDocument::path)
                        .toList();
                return Optional.of(named(Kind.DECISION, r, files));
            }
        }
        for (WikiLink w : doc.wikiLinks()) {
            if (w.range().contains(p)) {
                return Optional.of(wikiLink(index, w));
            }
        }
        PathResolver resolver = new PathResolver(index);
        for (LinkRef link : doc.links()) {
            if (link.range().contains(p)) {
                return Optional.of(link(index, resolver, doc, link));
            }
        }
        for (TaskItem task : doc.tasks()) {
            for (PathRef ref : task.paths()) {
                if (ref.range().contains(p)) {
                    return path(index, resolver, doc, ref, Kind.TASK);
                }
            }
        }
        for (PathRef ref : doc.artifactPaths()) {
            if (ref.range().contains(p)) {
                return path(index, resolver, doc, ref, Kind.ARTIFACT);
            }
        }
        for (PathRef ref : doc.directiveInputs()) {
            if (ref.range().contains(p)) {
                return path(index, resolver, doc, ref, Kind.DIRECTIVE_INPUT);
            }
        }
        return Optional.empty();
    }

    /** The first file it leads to, if any. */
    Optional<String> file() {
        return files.isEmpty() ? Optional.empty() : Optional.of(files.get(0));
    }

    private static PathTarget named(Kind kind, NamedRef r, List<String> files) {
        return new PathTarget(kind, r.name(), r.range(), null, files, Optional.empty());
    }

    private static PathTarget wikiLink(WorkspaceIndex index, WikiLink w) {
        String name = w.name().substring(w.name().lastIndexOf('/') + 1);
        String file = name.toLowerCase(Locale.ROOT).endsWith(".md") ? name : name + ".md";
        List<String> files = index.filesNamedIgnoreCase(file);
        Optional<Heading> heading = Optional.empty();
        if (!files.isEmpty() && w.heading() != null && !w.heading().isEmpty()) {
            heading = headingIn(index, files.get(0), Slugs.slug(w.heading()));
        }
        return new PathTarget(Kind.WIKI_LINK, w.name(), w.range(), null, files, heading);
    }

    private static PathTarget link(WorkspaceIndex index, PathResolver resolver, HandoffDocument doc, LinkRef link) {
        Resolution r = link.path().isEmpty()
                ? new Resolution(Status.FOUND, doc.path(), false)
                : resolver.resolve(doc, link.path(), false, false);
        List<String> files = r.status() == Status.FOUND ? List.of(r.found()) : List.of();
        Optional<Heading> heading = Optional.empty();
        if (!files.isEmpty() && link.anchor() != null && !link.anchor().isEmpty()) {
            heading = headingIn(index, files.get(0), link.anchor().toLowerCase(Locale.ROOT));
        }
        String written = link.path().isEmpty() ? link.destination() : link.path();
        return new PathTarget(Kind.LINK, written, link.range(), r, files, heading);
    }

    private static Optional<PathTarget> path(
            WorkspaceIndex index, PathResolver resolver, HandoffDocument doc, PathRef ref, Kind kind) {
        if (dev.handoffls.rules.refs.PathChecks.isHandoffName(ref.text())) {
            String name = ref.text().substring(ref.text().lastIndexOf('/') + 1);
            return Optional.of(
                    new PathTarget(Kind.HANDOFF, name, ref.range(), null, index.filesNamed(name), Optional.empty()));
        }
        Resolution r = resolver.resolve(doc, ref);
        if (r.status() == Status.NOT_A_PATH) {
            return Optional.empty();
        }
        List<String> files = r.status() == Status.FOUND ? List.of(r.found()) : List.of();
        return Optional.of(new PathTarget(kind, ref.text(), ref.range(), r, files, Optional.empty()));
    }

    /** The heading a slug names: GitHub's slug first, then python-markdown's (mkdocs sites, spec §12). */
    private static Optional<Heading> headingIn(WorkspaceIndex index, String path, String slug) {
        return index.document(path).flatMap(d -> {
            List<Heading> headings = d.headings();
            Optional<Heading> github = headings.stream()
                    .filter(h -> h.slug().equals(slug) || Slugs.slug(h.text()).equals(slug))
                    .findFirst();
            int toc = TocSlugs.of(headings).indexOf(slug);
            return github.isPresent() || toc < 0 ? github : Optional.of(headings.get(toc));
        });
    }
}
