package dev.handoffls.index;

import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.HandoffDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a comparison of two snapshots needs, in a comparable form: the test's way to say "an
 * index updated file by file equals a fresh scan" without equality in the main code.
 */
final class IndexSignature {
    private IndexSignature() {}

    static List<Object> of(WorkspaceIndex index) {
        List<Object> sig = new ArrayList<>();
        sig.add(List.copyOf(index.files()));
        sig.add(List.copyOf(index.dirs()));
        sig.add(new TreeMap<>(index.skipped()));
        index.documents().forEach((p, d) -> sig.add(List.of(p, d.text().text(), d.kind(), d.location())));
        index.scopes().forEach(s -> sig.add(of(index.scope(s))));
        TreeSet<String> decisions = new TreeSet<>();
        TreeSet<String> tickets = new TreeSet<>();
        for (HandoffDocument d : index.documents().values()) {
            if (d.kind() == DocumentKind.DECISION && d.decisionNumber() != null) {
                index.decisions(d.decisionNumber()).forEach(x -> decisions.add(d.decisionNumber() + "=" + x.path()));
            }
            TicketIds.of(d)
                    .ifPresent(id -> index.tickets(id.value()).forEach(x -> tickets.add(id.value() + "=" + x.path())));
        }
        sig.add(decisions);
        sig.add(tickets);
        return sig;
    }

    static List<Object> of(ScopeIndex scope) {
        List<Object> sig = new ArrayList<>();
        sig.add(scope.scope());
        sig.add(scope.documents().stream().map(HandoffDocument::path).toList());
        scope.allDefinitions().forEach((id, site) -> sig.add(List.of(id, site.path(), site.definition())));
        scope.allReferences()
                .forEach((id, site) -> sig.add(List.of(id, site.document().path(), site.reference())));
        scope.allTeamDefinitions().forEach((id, site) -> sig.add(List.of(id, site.path(), site.definition())));
        sig.add(scope.pts().stream().map(HandoffDocument::path).toList());
        TreeMap<String, Object> prefixes = new TreeMap<>();
        scope.allDefinitions()
                .values()
                .forEach(s -> prefixes.put(
                        s.definition().token().prefix(),
                        scope.highestNumber(s.definition().token().prefix())));
        scope.documents()
                .forEach(d -> d.teamItems()
                        .forEach(t -> prefixes.put(
                                "team " + t.prefix(),
                                scope.teamPrefixCategory(t.prefix(), java.util.Map.of())
                                        .orElse(""))));
        sig.add(prefixes);
        sig.add(new TreeSet<>(scope.adoptedPrefixes()));
        return sig;
    }
}
