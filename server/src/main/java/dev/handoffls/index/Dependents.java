package dev.handoffls.index;

import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.Heading;
import dev.handoffls.model.IdDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which documents must be checked again after one file changed, so that no finding outlives its
 * cause and none is missing once its cause appears (STYLE habit 5). Derived from the two snapshots
 * around the change; conservative where a precise answer would be expensive.
 */
public final class Dependents {
    private Dependents() {
    }

    /**
     * @param before the snapshot before the change
     * @param after  the snapshot after it
     * @param path   the file that was created, changed or deleted
     */
    public static Set<String> of(WorkspaceIndex before, WorkspaceIndex after, String path) {
        Set<String> out = new TreeSet<>();
        Optional<HandoffDocument> old = before.document(path);
        Optional<HandoffDocument> now = after.document(path);
        now.ifPresent(d -> out.add(path));
        boolean existenceChanged = before.exists(path) != after.exists(path)
                || before.fileExists(path) != after.fileExists(path);
        if (existenceChanged) {
            // Paths, wiki links and handoff names anywhere may now resolve differently.
            out.addAll(after.documents().keySet());
            return out;
        }
        if (old.isEmpty() && now.isEmpty()) {
            return out;
        }
        if (old.filter(FeatureJoins::declares).isPresent() || now.filter(FeatureJoins::declares).isPresent()) {
            // A feature: line may join or split pipelines: every scope can change.
            out.addAll(after.documents().keySet());
            return out;
        }
        if (!Objects.equals(old.map(HandoffDocument::kind), now.map(HandoffDocument::kind))
                || !Objects.equals(old.map(before::scopeKeyOf), now.map(after::scopeKeyOf))
                || !teamKeys(old).equals(teamKeys(now))) {
            // Team definitions and bracketed prefixes (adoption) decide HL301/HL206/HL106 scope-wide.
            old.ifPresent(d -> out.addAll(scopePaths(after, before.scopeKeyOf(d))));
            now.ifPresent(d -> out.addAll(scopePaths(after, after.scopeKeyOf(d))));
        } else if (!definitionKeys(old).equals(definitionKeys(now))) {
            Set<String> ids = new HashSet<>();
            old.ifPresent(d -> d.definitions().forEach(def -> ids.add(def.id())));
            now.ifPresent(d -> d.definitions().forEach(def -> ids.add(def.id())));
            ScopeIndex scope = after.scopeOf(now.orElseGet(old::get));
            for (String id : ids) {
                scope.definitions(id).forEach(s -> out.add(s.path()));
                scope.references(id).forEach(r -> out.add(r.document().path()));
                before.scope(scope.scope()).references(id).forEach(r -> out.add(r.document().path()));
            }
            scope.documents().stream().filter(d -> d.isPt() || d.kind() == DocumentKind.DIRECTIVE)
                    .forEach(d -> out.add(d.path()));
        }
        addTicketDependents(before, after, old, now, out);
        if (!Objects.equals(old.map(HandoffDocument::decisionNumber), now.map(HandoffDocument::decisionNumber))) {
            after.documents().values().stream().filter(d -> !d.decisionRefs().isEmpty()).forEach(d -> out.add(d.path()));
        }
        if (!Objects.equals(slugs(old), slugs(now))) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            after.documents().values().stream()
                    .filter(d -> d.links().stream().anyMatch(l -> l.path().endsWith(name) || l.path().isEmpty()
                            && d.path().equals(path)))
                    .forEach(d -> out.add(d.path()));
        }
        out.removeIf(p -> after.document(p).isEmpty());
        return out;
    }

    private static void addTicketDependents(WorkspaceIndex before, WorkspaceIndex after, Optional<HandoffDocument> old,
            Optional<HandoffDocument> now, Set<String> out) {
        Set<String> ids = new HashSet<>();
        old.flatMap(TicketIds::of).ifPresent(v -> ids.add(v.value()));
        now.flatMap(TicketIds::of).ifPresent(v -> ids.add(v.value()));
        for (String id : ids) {
            after.tickets(id).forEach(d -> out.add(d.path()));
            before.tickets(id).forEach(d -> out.add(d.path()));
        }
        // A consolidating ticket's list decides HL504 on the tickets it names.
        old.ifPresent(d -> d.handoffRefs().forEach(r -> out.addAll(after.filesNamed(r.name()))));
        now.ifPresent(d -> d.handoffRefs().forEach(r -> out.addAll(after.filesNamed(r.name()))));
    }

    private static Set<String> scopePaths(WorkspaceIndex index, String scope) {
        return index.scope(scope).documents().stream().map(HandoffDocument::path).collect(Collectors.toSet());
    }

    private static Set<String> definitionKeys(Optional<HandoffDocument> doc) {
        return doc.map(d -> d.definitions().stream().map(Dependents::key).collect(Collectors.toSet())).orElse(Set.of());
    }

    /** What a document adds to its scope's vocabulary: team definitions, team labels, bracketed prefixes. */
    private static Set<String> teamKeys(Optional<HandoffDocument> doc) {
        Set<String> keys = new HashSet<>();
        doc.ifPresent(d -> {
            d.teamDefinitions().forEach(t -> keys.add("t" + t.id()));
            d.teamItems().forEach(t -> keys.add("i" + t.prefix() + ":" + t.categoryPrefix()));
            d.definitions().stream().filter(IdDefinition::bracketed).forEach(def -> keys.add("b" + def.token().prefix()));
        });
        return keys;
    }

    private static String key(IdDefinition d) {
        return d.id() + "\u0000" + d.normalizedStatement() + "\u0000" + d.range().start().line();
    }

    private static List<String> slugs(Optional<HandoffDocument> doc) {
        return doc.map(d -> d.headings().stream().map(Heading::slug).toList()).orElse(List.of());
    }
}
