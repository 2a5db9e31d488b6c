package dev.handoffls.rules.ids;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * HL206: a number missing between defined IDs of a prefix (AD-1, AD-3 but no AD-2 anywhere in the
 * scope, in any form) often means a lost item. Reported at the origin of the ID right after the gap;
 * only for the prefixes an adopted scope uses in bracketed definitions (spec §4).
 */
public final class IdGap implements Rule {
    @Override
    public Code code() {
        return Code.HL206;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS);
    }

    @Override
    public void check(RuleContext ctx) {
        ScopeIndex scope = ctx.scope();
        for (IdDefinition d : ctx.document().definitions()) {
            var origin = scope.origin(d.id());
            if (origin.isEmpty() || origin.get().definition() != d) {
                continue;
            }
            String prefix = d.token().prefix();
            int n = d.token().number();
            if (!scope.adoptedPrefixes().contains(prefix) || n <= 1 || scope.isDefinedAnyForm(prefix + "-" + (n - 1))) {
                continue;
            }
            int low = n - 1;
            while (low > 0 && !scope.isDefinedAnyForm(prefix + "-" + low)) {
                low--;
            }
            if (low == 0) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (int k = low + 1; k < n; k++) {
                missing.add(prefix + "-" + k);
            }
            String list = missing.size() <= 3
                    ? String.join(", ", missing)
                    : missing.get(0) + " through " + missing.get(missing.size() - 1);
            ctx.report(
                    d.range(),
                    list + (missing.size() == 1 ? " is" : " are") + " defined nowhere in this pipeline ("
                            + prefix + "-" + low + " and " + d.id() + " are): was an item lost, or should this be "
                            + prefix + "-" + (low + 1) + "?");
        }
    }
}
