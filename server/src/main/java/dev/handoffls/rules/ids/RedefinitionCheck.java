package dev.handoffls.rules.ids;

import dev.handoffls.index.DefinitionSite;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.rules.RuleContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Shared by HL204 and HL205: this document's definitions that restate an ID first defined elsewhere. */
final class RedefinitionCheck {
    private RedefinitionCheck() {}

    record Redefinition(IdDefinition here, DefinitionSite first, boolean sameStatement) {}

    /** The first non-PT definition of each ID this (non-PT) document defines again. */
    static List<Redefinition> find(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        if (doc.isPt()) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        return doc.definitions().stream()
                .filter(d -> seen.add(d.id()))
                .map(d -> {
                    Optional<DefinitionSite> first = ctx.scope().statementOrigin(d.id());
                    if (first.isEmpty() || first.get().document().path().equals(doc.path())) {
                        return null;
                    }
                    return new Redefinition(
                            d,
                            first.get(),
                            first.get().definition().normalizedStatement().equals(d.normalizedStatement()));
                })
                .filter(r -> r != null)
                .toList();
    }

    static String quote(String statement) {
        String s = statement.length() > 160 ? statement.substring(0, 157) + "…" : statement;
        return "\"" + s + "\"";
    }
}
