package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.text.DocumentText;
import java.util.List;
import java.util.Optional;

/**
 * HL202: renumber the ID to the next free ID, in the scope, of the category it sits in (the token
 * only).
 *
 * <p>Not safe: the author may rather move the item to its category, and references elsewhere still
 * name the old ID.
 */
final class RenumberWrongCategory implements FixProvider {
    @Override
    public Code code() {
        return Code.HL202;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        Optional<IdDefinition> def = FixText.definitionAt(
                        ctx.doc(), ctx.finding().range())
                .filter(d -> d.categoryPrefix() != null && !d.token().prefix().equals(d.categoryPrefix()));
        if (def.isEmpty()) {
            return List.of();
        }
        String id = ctx.scope().nextFreeId(def.get().categoryPrefix());
        DocumentText t = ctx.text();
        return List.of(QuickFix.of(
                "Renumber " + def.get().id() + " as " + id,
                code(),
                ctx.path(),
                List.of(FixText.replace(t, def.get().range(), id)),
                false,
                true));
    }
}
