package dev.handoffls.rules.refs;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.index.PathResolver.Status;
import dev.handoffls.parse.Verbs;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.Set;

/** HL304: an unchecked task or action line that deploys, runs or verifies a file that does not exist — the phantom file. */
public final class PhantomDeployTarget implements Rule {
    @Override
    public Code code() {
        return Code.HL304;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.FILES);
    }

    @Override
    public void check(RuleContext ctx) {
        for (PathChecks.Checked c : PathChecks.taskPaths(ctx)) {
            // A checked task is a record of work done; its file may rightly have moved since (spec §5).
            if (!c.task().checked()
                    && c.resolution().status() == Status.MISSING
                    && Verbs.classify(c.task().verb()) == Verbs.Kind.EXISTENCE) {
                ctx.report(
                        c.ref().range(),
                        "'" + c.ref().text() + "' does not exist (" + PathChecks.lookedIn(ctx, c.ref())
                                + "), but this task needs it to exist ('"
                                + c.task().verb() + "'): create the file first, or fix the path");
            }
        }
    }
}
