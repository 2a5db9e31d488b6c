package dev.handoffls.rules.structure;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.Set;

/** HL003: bytes that are not UTF-8 were read as U+FFFD; say so instead of silently checking garbage. */
public final class InvalidEncoding implements Rule {
    @Override
    public Code code() {
        return Code.HL003;
    }

    @Override
    public Set<Fact> reads() {
        return Set.of();
    }

    @Override
    public void check(RuleContext ctx) {
        int n = ctx.document().invalidUtf8Sequences();
        if (n == 0) {
            return;
        }
        int offset = ctx.document().text().text().indexOf('\uFFFD');
        var range = offset < 0
                ? ctx.document().text().range(0, 0)
                : ctx.document().text().range(offset, offset + 1);
        ctx.report(
                range,
                "file is not valid UTF-8 (" + n + " invalid byte sequence" + (n == 1 ? "" : "s")
                        + " shown as \uFFFD): save it as UTF-8");
    }
}
