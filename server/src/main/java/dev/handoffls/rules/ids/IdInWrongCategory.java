package dev.handoffls.rules.ids;

import dev.handoffls.model.IdDefinition;
import dev.handoffls.rules.Code;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;

/** HL202: an ID whose prefix belongs to another category ({@code } under Decisions). */
public final class IdInWrongCategory implements Rule {
    @Override
    public Code code() {
        return Code.HL202;
    }

    @Override
    public void check(RuleContext ctx) {
        for (IdDefinition d : ctx.document().definitions()) {
            if (!d.token().prefix().equals(d.categoryPrefix())) {
                String owner = ctx.config().idPrefixes().getOrDefault(d.token().prefix(), d.token().prefix());
                String here = ctx.config().idPrefixes().getOrDefault(d.categoryPrefix(), d.categoryPrefix());
                ctx.report(d.range(), d.id() + " is a " + owner + " ID but sits under " + here + ": move the item, or "
                        + "renumber it as " + ctx.scope().nextFreeId(d.categoryPrefix()));
            }
        }
    }
}
