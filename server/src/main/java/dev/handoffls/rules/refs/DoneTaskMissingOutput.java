package dev.handoffls.rules.refs;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.index.PathResolver.Status;
import dev.handoffls.parse.Verbs;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.Set;

/** HL305: a checked creation task claims its output exists; it does not. */
public final class DoneTaskMissingOutput implements Rule {
    @Override
    public Code code() {
        return Code.HL305;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.FILES);
    }

    @Override
    public void check(RuleContext ctx) {
        for (PathChecks.Checked c : PathChecks.taskPaths(ctx)) {
            if (c.task().checked()
                    && c.resolution().status() == Status.MISSING
                    && Verbs.classify(c.task().verb()) == Verbs.Kind.CREATION) {
                ctx.report(
                        c.ref().range(),
                        "task is checked as done, but its output '" + c.ref().text() + "' does not exist ("
                                + PathChecks.lookedIn(ctx, c.ref()) + "): uncheck it or add the file");
            }
        }
    }
}
