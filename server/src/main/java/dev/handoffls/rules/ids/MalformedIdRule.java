package dev.handoffls.rules.ids;

import dev.handoffls.model.MalformedId;
import dev.handoffls.rules.Code;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;

/** HL201: an attempt at an ID that breaks the grammar ({@code [AD1]}, {@code [ADR-2]}, {@code [AD-01]}). */
public final class MalformedIdRule implements Rule {
    @Override
    public Code code() {
        return Code.HL201;
    }

    @Override
    public void check(RuleContext ctx) {
        for (MalformedId m : ctx.document().malformedIds()) {
            String expected = m.suggested() != null ? "write " + m.suggested()
                    : "write " + m.prefix() + "-N with N a positive number (next free: " + ctx.scope().nextFreeId(m.prefix()) + ")";
            ctx.report(m.range(), "'" + m.text() + "' is not a well-formed ID: " + expected
                    + " (PREFIX-N, upper-case prefix, no leading zeros)");
        }
    }
}
