package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.index.DefinitionSite;
import dev.handoffls.model.IdDefinition;
import java.util.List;
import java.util.Optional;

/**
 * HL204: replace this item's statement (after the ID, to the end of its first paragraph, keeping a
 * trailing source annotation) with the origin's statement, verbatim.
 *
 * <p>Not safe: this document's own wording is lost; it may be the better one.
 */
final class UseOriginStatement implements FixProvider {
    @Override
    public Code code() {
        return Code.HL204;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        Optional<IdDefinition> def =
                FixText.definitionAt(ctx.doc(), ctx.finding().range());
        if (def.isEmpty()) {
            return List.of();
        }
        Optional<DefinitionSite> origin = ctx.scope()
                .statementOrigin(def.get().id())
                .filter(o -> !o.path().equals(ctx.path()));
        if (origin.isEmpty()
                || origin.get()
                        .definition()
                        .normalizedStatement()
                        .equals(def.get().normalizedStatement())) {
            return List.of();
        }
        return FixText.replaceStatement(
                        ctx.doc(), def.get(), origin.get().definition().statement(), "")
                .map(e -> List.of(QuickFix.of(
                        "Use the statement of " + def.get().id() + " from "
                                + origin.get().path(),
                        code(),
                        ctx.path(),
                        List.of(e),
                        false,
                        true)))
                .orElse(List.of());
    }
}
