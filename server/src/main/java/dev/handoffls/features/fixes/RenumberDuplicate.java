package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.text.DocumentText;
import java.util.List;
import java.util.Optional;

/**
 * HL203: renumber the later of two definitions to the next free ID of its prefix in the scope (the
 * token only).
 *
 * <p>Not safe: references to the duplicated ID cannot be told apart; the author decides which item
 * they meant.
 */
final class RenumberDuplicate implements FixProvider {
    @Override
    public Code code() {
        return Code.HL203;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        Optional<IdDefinition> def =
                FixText.definitionAt(ctx.doc(), ctx.finding().range());
        if (def.isEmpty()
                || ctx.doc().definitions().stream()
                        .noneMatch(
                                d -> d != def.get() && d.id().equals(def.get().id()))) {
            return List.of();
        }
        String id = ctx.scope().nextFreeId(def.get().token().prefix());
        DocumentText t = ctx.text();
        return List.of(QuickFix.of(
                "Renumber this " + def.get().id() + " as " + id,
                code(),
                ctx.path(),
                List.of(FixText.replace(t, def.get().range(), id)),
                false,
                true));
    }
}
