package dev.handoffls.rules.refs;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.index.PathResolver.Status;
import dev.handoffls.parse.Verbs;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** HL309: absolute paths and paths that leave the workspace are not portable and are never probed. */
public final class PathOutsideWorkspace implements Rule {
    @Override
    public Code code() {
        return Code.HL309;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.FILES);
    }

    @Override
    public void check(RuleContext ctx) {
        List<PathChecks.Checked> all = new ArrayList<>(PathChecks.filePaths(ctx));
        PathChecks.taskPaths(ctx).stream()
                .filter(c -> Verbs.classify(c.task().verb()) != Verbs.Kind.OTHER)
                .forEach(all::add);
        // A task in an "Artifacts Produced" category names its path as an artifact and as the task's target:
        // one path, one finding.
        Set<Range> reported = new HashSet<>();
        for (PathChecks.Checked c : all) {
            if (c.resolution().status() == Status.OUTSIDE
                    && reported.add(c.ref().range())) {
                ctx.report(
                        c.ref().range(),
                        "'" + c.ref().text() + "' is outside the workspace (absolute, home-relative or "
                                + "leaving the root with '..'): write it relative to the workspace so everyone can resolve it");
            }
        }
    }
}
