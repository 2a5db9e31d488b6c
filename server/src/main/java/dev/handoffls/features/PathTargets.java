package dev.handoffls.features;

import dev.handoffls.features.PathTarget.Kind;
import dev.handoffls.index.PathResolver;
import dev.handoffls.index.PathResolver.Resolution;
import dev.handoffls.index.PathResolver.Status;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.Heading;
import dev.handoffls.model.LinkRef;
import dev.handoffls.model.NamedRef;
import dev.handoffls.model.PathRef;
import dev.handoffls.model.WikiLink;
import dev.handoffls.parse.Slugs;
import dev.handoffls.parse.TocSlugs;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The file references of one document, each kind sorted by position once: a lookup is a binary search per
 * kind, and {@link #all()} is linear in the references, where asking {@link PathTarget#at} for each of
 * 50,000 task paths was quadratic (issue 13, item 11). One resolver and one anchor table per linked
 * document serve every lookup. Not thread-safe: one per request.
 */
final class PathTargets {
    private final WorkspaceIndex index;
    private final HandoffDocument doc;
    private final PathResolver resolver;
    /** In precedence order: at a position, the first kind with a reference there decides. */
    private final List<Refs<?>> kinds;

    private final Map<String, Anchors> anchors = new HashMap<>();

    PathTargets(WorkspaceIndex index, HandoffDocument doc) {
        this.index = index;
        this.doc = doc;
        this.resolver = new PathResolver(index);
        this.kinds = List.of(
                new Refs<>(doc.handoffRefs(), NamedRef::range, r -> Optional.of(named(Kind.HANDOFF, r, handoffs(r)))),
                new Refs<>(
                        doc.decisionRefs(), NamedRef::range, r -> Optional.of(named(Kind.DECISION, r, decisions(r)))),
                new Refs<>(doc.wikiLinks(), WikiLink::range, w -> Optional.of(wikiLink(w))),
                new Refs<>(doc.links(), LinkRef::range, l -> Optional.of(link(l))),
                new Refs<>(
                        doc.tasks().stream().flatMap(t -> t.paths().stream()).toList(),
                        PathRef::range,
                        p -> path(p, Kind.TASK)),
                new Refs<>(doc.artifactPaths(), PathRef::range, p -> path(p, Kind.ARTIFACT)),
                new Refs<>(doc.directiveInputs(), PathRef::range, p -> path(p, Kind.DIRECTIVE_INPUT)));
    }

    /** The reference at the position; empty when there is none, or the token there is not a path. */
    Optional<PathTarget> at(Position p) {
        for (Refs<?> refs : kinds) {
            Optional<Optional<PathTarget>> found = refs.targetAt(p);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return Optional.empty();
    }

    /**
     * Every reference that is a path, each range once, in precedence order; a reference that starts inside
     * one of an earlier kind is that one's (the same reference {@link #at} finds there).
     */
    List<PathTarget> all() {
        List<PathTarget> out = new ArrayList<>();
        Set<Range> seen = new HashSet<>();
        for (int k = 0; k < kinds.size(); k++) {
            Refs<?> refs = kinds.get(k);
            for (int i = 0; i < refs.size(); i++) {
                Range r = refs.range(i);
                if (seen.add(r) && !coveredBefore(k, r.start())) {
                    refs.target(i).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private boolean coveredBefore(int kind, Position p) {
        for (int k = 0; k < kind; k++) {
            if (kinds.get(k).indexAt(p) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** One kind's references sorted by start, with the target each leads to. */
    private static final class Refs<R> {
        private final List<R> sorted;
        private final Function<R, Range> range;
        private final Function<R, Optional<PathTarget>> target;

        Refs(List<R> refs, Function<R, Range> range, Function<R, Optional<PathTarget>> target) {
            this.sorted = refs.stream()
                    .sorted(Comparator.comparing(range.andThen(Range::start)))
                    .toList();
            this.range = range;
            this.target = target;
        }

        int size() {
            return sorted.size();
        }

        Range range(int i) {
            return range.apply(sorted.get(i));
        }

        /** Where the {@code i}th reference leads; empty when its token is not a path. */
        Optional<PathTarget> target(int i) {
            return target.apply(sorted.get(i));
        }

        /** Present when a reference of this kind holds the position: its target (empty if not a path). */
        Optional<Optional<PathTarget>> targetAt(Position p) {
            int i = indexAt(p);
            return i < 0 ? Optional.empty() : Optional.of(target(i));
        }

        /**
         * The first reference holding {@code p}, or -1: the last one starting at or before it, or the one before
         * that when they touch (a range holds its end).
         */
        int indexAt(Position p) {
            int lo = 0;
            int hi = sorted.size() - 1;
            int floor = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (range(mid).start().compareTo(p) <= 0) {
                    floor = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            int first = -1;
            for (int i = floor; i >= 0 && i >= floor - 1; i--) {
                if (range(i).contains(p)) {
                    first = i;
                }
            }
            return first;
        }
    }

    private List<String> handoffs(NamedRef r) {
        return index.filesNamed(r.name());
    }

    private List<String> decisions(NamedRef r) {
        return index.decisions(Integer.parseInt(r.name())).stream()
                .map(HandoffDocument::path)
                .toList();
    }

    private static PathTarget named(Kind kind, NamedRef r, List<String> files) {
        return new PathTarget(kind, r.name(), r.range(), null, files, Optional.empty());
    }

    private PathTarget wikiLink(WikiLink w) {
        String name = w.name().substring(w.name().lastIndexOf('/') + 1);
        String file = name.toLowerCase(Locale.ROOT).endsWith(".md") ? name : name + ".md";
        List<String> files = index.filesNamedIgnoreCase(file);
        Optional<Heading> heading = Optional.empty();
        if (!files.isEmpty() && w.heading() != null && !w.heading().isEmpty()) {
            heading = headingIn(files.get(0), Slugs.slug(w.heading()));
        }
        return new PathTarget(Kind.WIKI_LINK, w.name(), w.range(), null, files, heading);
    }

    private PathTarget link(LinkRef link) {
        Resolution r = link.path().isEmpty()
                ? new Resolution(Status.FOUND, doc.path(), false)
                : resolver.resolve(doc, link.path(), false, false);
        List<String> files = r.status() == Status.FOUND ? List.of(r.found()) : List.of();
        Optional<Heading> heading = Optional.empty();
        if (!files.isEmpty() && link.anchor() != null && !link.anchor().isEmpty()) {
            heading = headingIn(files.get(0), link.anchor().toLowerCase(Locale.ROOT));
        }
        String written = link.path().isEmpty() ? link.destination() : link.path();
        return new PathTarget(Kind.LINK, written, link.range(), r, files, heading);
    }

    private Optional<PathTarget> path(PathRef ref, Kind kind) {
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

    /** The heading a slug names in a document, from its anchor table (built once per document). */
    private Optional<Heading> headingIn(String path, String slug) {
        return index.document(path)
                .flatMap(d -> anchors.computeIfAbsent(path, p -> Anchors.of(d.headings()))
                        .heading(slug));
    }

    /** A document's anchors: GitHub's slugs first, then python-markdown's (mkdocs sites, spec §12). */
    private record Anchors(Map<String, Heading> github, Map<String, Heading> toc) {
        static Anchors of(List<Heading> headings) {
            Map<String, Heading> github = new HashMap<>();
            Map<String, Heading> toc = new HashMap<>();
            List<String> tocSlugs = TocSlugs.of(headings);
            for (int i = 0; i < headings.size(); i++) {
                Heading h = headings.get(i);
                github.putIfAbsent(h.slug(), h);
                github.putIfAbsent(Slugs.slug(h.text()), h);
                toc.putIfAbsent(tocSlugs.get(i), h);
            }
            return new Anchors(github, toc);
        }

        Optional<Heading> heading(String slug) {
            return Optional.ofNullable(github.getOrDefault(slug, toc.get(slug)));
        }
    }
}
