package dev.handoffls.rules.refs;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.index.PathResolver.Status;
import dev.handoffls.model.PathRef;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.Set;

/** HL303: an artifact, link or directive input that points at nothing. */
public final class MissingFile implements Rule {
    @Override
    public Code code() {
        return Code.HL303;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.FILES);
    }

    @Override
    public void check(RuleContext ctx) {
        for (PathChecks.Checked c : PathChecks.filePaths(ctx)) {
            if (c.resolution().status() != Status.MISSING) {
                continue;
            }
            String what = switch (c.ref().context()) {
                case ARTIFACT -> "artifact";
                case DIRECTIVE_INPUT -> "directive input";
                case LINK -> "link target";
                case TASK -> "task target";
            };
            String kind = c.ref().context() == PathRef.Context.LINK
                    ? "relative to this file's folder and the roots"
                    : PathChecks.lookedIn(ctx, c.ref());
            ctx.report(
                    c.ref().range(),
                    what + " '" + c.ref().text() + "' does not exist (" + kind + "): fix the path or produce the file");
        }
    }
}
