package dev.handoffls.rules.ids;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.index.DefinitionSite;
import dev.handoffls.index.Fact;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * HL202: an ID whose prefix belongs to another category ({@code } under Decisions). Where every
 * item of the scope with that prefix sits under the same other category — a team that writes
 * {@code C-N} for contracts — that is a convention, not a slip: one information finding for the scope,
 * at the first of them (spec §4).
 */
public final class IdInWrongCategory implements Rule {
    @Override
    public Code code() {
        return Code.HL202;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS);
    }

    @Override
    public void check(RuleContext ctx) {
        for (IdDefinition d : ctx.document().definitions()) {
            String prefix = d.token().prefix();
            if (prefix.equals(d.categoryPrefix())) {
                continue;
            }
            String owner = name(ctx, prefix);
            String here = name(ctx, d.categoryPrefix());
            List<DefinitionSite> uses = ctx.scope().allDefinitions().values().stream()
                    .filter(s -> s.definition().token().prefix().equals(prefix))
                    .toList();
            boolean convention = uses.size() >= 2
                    && uses.stream()
                            .allMatch(s -> s.definition().categoryPrefix().equals(d.categoryPrefix()));
            if (!convention) {
                ctx.report(
                        d.range(),
                        d.id() + " is a " + owner + " ID but sits under " + here + ": move the item, or "
                                + "renumber it as " + ctx.scope().nextFreeId(d.categoryPrefix()));
            } else if (uses.get(0).definition() == d) {
                ctx.reportWithSeverity(
                        Code.HL202,
                        Severity.INFORMATION,
                        d.range(),
                        prefix + "-N is used for "
                                + here + " throughout this "
                                + (ctx.document().location().inPipeline() ? "pipeline" : "workspace")
                                + " ("
                                + uses.stream()
                                        .map(u -> u.definition().id())
                                        .distinct()
                                        .count() + " IDs); the protocol uses " + d.categoryPrefix() + "-N for " + here
                                + " and " + prefix + "-N for " + owner + ": renumber when you adopt the protocol",
                        List.of());
            }
        }
    }

    private static String name(RuleContext ctx, String prefix) {
        return ctx.config().idPrefixes().getOrDefault(prefix, prefix);
    }
}
