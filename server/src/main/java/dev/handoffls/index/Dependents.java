package dev.handoffls.index;

import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.Heading;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which documents must be checked again after one file changed, so that no finding outlives its
 * cause and none is missing once its cause appears (STYLE habit 5). Derived from the facts the rules
 * declare they read ({@link Fact}): for each fact the change altered and some rule reads, the
 * documents whose findings may depend on it. {@code DependentsParanoiaTest} proves the answer against
 * a full re-check over random edits.
 */
public final class Dependents {
    private Dependents() {}

    /**
     * @param before the snapshot before the change
     * @param after  the snapshot after it
     * @param path   the file that was created, changed or deleted
     * @param read   the facts the rules read (see {@code Rules.factsRead()})
     * @return the documents of {@code after} to check again, the changed one included
     */
    public static Set<String> of(WorkspaceIndex before, WorkspaceIndex after, String path, Set<Fact> read) {
        Set<String> out = new TreeSet<>();
        Optional<HandoffDocument> old = before.document(path);
        Optional<HandoffDocument> now = after.document(path);
        now.ifPresent(d -> out.add(path));
        for (Fact fact : changedFacts(before, after, path, old, now)) {
            if (read.contains(fact)) {
                out.addAll(area(fact, before, after, path, old, now));
            }
        }
        out.removeIf(p -> after.document(p).isEmpty());
        return out;
    }

    /** The facts that differ between the two versions of the file (absent = no document there). */
    static Set<Fact> changedFacts(
            WorkspaceIndex before,
            WorkspaceIndex after,
            String path,
            Optional<HandoffDocument> old,
            Optional<HandoffDocument> now) {
        Set<Fact> changed = EnumSet.noneOf(Fact.class);
        if (before.exists(path) != after.exists(path) || before.fileExists(path) != after.fileExists(path)) {
            changed.add(Fact.FILES);
        }
        if (!Objects.equals(old.map(d -> documentKey(before, d)), now.map(d -> documentKey(after, d)))) {
            changed.add(Fact.SCOPE_DOCUMENTS);
        }
        if (!Objects.equals(old.map(Dependents::idKey), now.map(Dependents::idKey))) {
            changed.add(Fact.SCOPE_IDS);
        }
        if (!Objects.equals(old.map(Dependents::mentionKey), now.map(Dependents::mentionKey))) {
            changed.add(Fact.SCOPE_MENTIONS);
        }
        if (!Objects.equals(old.map(Dependents::ticketKey), now.map(Dependents::ticketKey))) {
            changed.add(Fact.TICKETS);
        }
        if (!Objects.equals(old.map(HandoffDocument::decisionNumber), now.map(HandoffDocument::decisionNumber))) {
            changed.add(Fact.DECISIONS);
        }
        if (!Objects.equals(old.map(Dependents::slugs), now.map(Dependents::slugs))) {
            changed.add(Fact.HEADINGS);
        }
        return changed;
    }

    /** The documents whose findings may read the fact as the changed file contributes it. */
    private static Set<String> area(
            Fact fact,
            WorkspaceIndex before,
            WorkspaceIndex after,
            String path,
            Optional<HandoffDocument> old,
            Optional<HandoffDocument> now) {
        Set<String> out = new HashSet<>();
        switch (fact) {
            case FILES -> out.addAll(after.documents().keySet()); // paths, wiki links, names anywhere
            case SCOPE_DOCUMENTS, SCOPE_IDS, SCOPE_MENTIONS -> {
                if (old.filter(FeatureJoins::declares).isPresent()
                        || now.filter(FeatureJoins::declares).isPresent()) {
                    out.addAll(after.documents().keySet()); // a feature: line may join or split pipelines
                }
                old.ifPresent(d -> out.addAll(scopePaths(after, before.scopeKeyOf(d))));
                now.ifPresent(d -> out.addAll(scopePaths(after, after.scopeKeyOf(d))));
            }
            case TICKETS -> {
                for (Optional<HandoffDocument> d : List.of(old, now)) {
                    d.flatMap(TicketIds::of).ifPresent(id -> {
                        after.tickets(id.value()).forEach(t -> out.add(t.path()));
                        before.tickets(id.value()).forEach(t -> out.add(t.path()));
                    });
                    // A consolidating ticket's list decides HL504 on the tickets it names.
                    d.ifPresent(doc -> doc.handoffRefs().forEach(r -> out.addAll(after.filesNamed(r.name()))));
                }
            }
            case DECISIONS ->
                after.documents().values().stream()
                        .filter(d -> !d.decisionRefs().isEmpty())
                        .forEach(d -> out.add(d.path()));
            case HEADINGS -> {
                String name = path.substring(path.lastIndexOf('/') + 1);
                after.documents().values().stream()
                        .filter(d -> d.links().stream().anyMatch(l -> l.path().endsWith(name)))
                        .forEach(d -> out.add(d.path()));
            }
        }
        return out;
    }

    private static Set<String> scopePaths(WorkspaceIndex index, String scope) {
        Set<String> out = new HashSet<>();
        index.scope(scope).documents().forEach(d -> out.add(d.path()));
        return out;
    }

    /** What the scope knows of the document: its place and role (the PT, coordinators, phases). */
    private static List<Object> documentKey(WorkspaceIndex index, HandoffDocument d) {
        // Where a PT starts (its first heading, or the line after front matter) is where findings about
        // it in other PTs point (HL505's related location).
        Object start = !d.isPt()
                ? ""
                : List.of(
                        d.firstHeading().map(h -> h.range().toString()).orElse(""),
                        d.frontMatter().map(f -> f.range().endLine()).orElse(-1),
                        d.text().lineCount() > 1);
        return List.of(
                d.kind(),
                index.scopeKeyOf(d),
                d.coordinator(),
                String.valueOf(d.location().phase()),
                String.valueOf(d.ptVersion()),
                d.frontMatter().flatMap(f -> f.value("feature")).orElse(""),
                start);
    }

    /** What the document adds to its scope's IDs: definitions as the rules compare them, team forms. */
    private static List<Object> idKey(HandoffDocument d) {
        List<Object> key = new ArrayList<>();
        d.definitions()
                .forEach(def -> key.add(List.of(
                        def.id(), def.normalizedStatement(), def.range(), def.categoryPrefix(), def.bracketed())));
        d.teamDefinitions().forEach(t -> key.add(List.of("team", t.id())));
        d.teamItems().forEach(t -> key.add(List.of("label", t.prefix(), t.categoryPrefix())));
        d.sourceAnnotations().forEach(a -> key.add(List.of("source", a.id(), a.path())));
        // Findings on L2s point at the PT section their item belongs in (HL501's related location).
        d.registry()
                .ifPresent(r -> r.categories().forEach(c -> key.add(List.of("section", c.name(), c.headingRange()))));
        return key;
    }

    /** Where the document mentions IDs, as the trail rules see it: references and markers. */
    private static List<Object> mentionKey(HandoffDocument d) {
        List<Object> key = new ArrayList<>();
        d.references().forEach(r -> key.add(List.of(r.ids(), r.range())));
        d.markers().forEach(m -> key.add(m));
        return key;
    }

    private static List<Object> ticketKey(HandoffDocument d) {
        return List.of(
                d.kind(),
                TicketIds.of(d).map(v -> v.value()).orElse(""),
                d.handoffRefs().stream().map(r -> r.name()).toList(),
                d.frontMatter().map(Object::toString).orElse(""),
                d.bodyMetadata().toString());
    }

    private static List<String> slugs(HandoffDocument d) {
        return d.headings().stream().map(Heading::slug).toList();
    }
}
