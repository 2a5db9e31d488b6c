package dev.handoffls.rules.ids;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.MalformedId;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HL201: an attempt at an ID that breaks the grammar ({@code [AD1]}, {@code [ADR-2]}, {@code [AD-01]}). */
public final class MalformedIdRule implements Rule {
    private static final Pattern TEAM_LABEL = Pattern.compile("([A-Z][A-Z0-9]*)-[1-9]\\d*");

    @Override
    public Code code() {
        return Code.HL201;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS);
    }

    @Override
    public void check(RuleContext ctx) {
        for (MalformedId m : ctx.document().malformedIds()) {
            if (isTeamLabel(ctx, m)) {
                continue;
            }
            String expected = m.suggested() != null
                    ? "write " + m.suggested()
                    : "write " + m.prefix() + "-N with N a positive number (next free: "
                            + ctx.scope().nextFreeId(m.prefix()) + ")";
            ctx.report(
                    m.range(),
                    "'" + m.text() + "' is not a well-formed ID: " + expected
                            + " (PREFIX-N, upper-case prefix, no leading zeros)");
        }
    }

    /** {@code [RISK-2]} where RISK is the scope's team prefix is the team's numbering, not an attempt at ours. */
    private static boolean isTeamLabel(RuleContext ctx, MalformedId m) {
        Matcher label = TEAM_LABEL.matcher(m.text());
        return label.matches()
                && ctx.scope()
                        .teamPrefixCategory(label.group(1), ctx.config().teamPrefixes())
                        .isPresent();
    }
}
