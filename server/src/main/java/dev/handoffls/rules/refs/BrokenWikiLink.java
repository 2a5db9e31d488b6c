package dev.handoffls.rules.refs;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.WikiLink;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.Set;

/** HL306: {@code [[name]]} with no {@code name.md} anywhere in the workspace (case-insensitive). */
public final class BrokenWikiLink implements Rule {
    @Override
    public Code code() {
        return Code.HL306;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.FILES);
    }

    @Override
    public void check(RuleContext ctx) {
        for (WikiLink w : ctx.document().wikiLinks()) {
            String name = w.name().substring(w.name().lastIndexOf('/') + 1);
            String file = name.toLowerCase().endsWith(".md") ? name : name + ".md";
            if (ctx.index().filesNamedIgnoreCase(file).isEmpty()) {
                ctx.report(w.range(), "no note named '" + file + "' in the workspace: create it or fix the link name");
            }
        }
    }
}
