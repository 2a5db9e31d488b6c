package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.features.TextEdit;
import dev.handoffls.features.lead.DirectivePlanner;
import java.util.List;

/**
 * HL503: the directive's counts and ranges differ from the PT: rewrite each Context Source line from
 * the PT, keeping its label. Safe: the numbers come from the PT, nothing else of the line changes.
 */
final class RecomputeDirectiveCounts implements FixProvider {
    @Override
    public Code code() {
        return Code.HL503;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        List<TextEdit> edits = DirectivePlanner.recomputeCounts(ctx.index(), ctx.doc());
        return edits.isEmpty()
                ? List.of()
                : List.of(QuickFix.of("Recompute the counts from the PT", code(), ctx.path(), edits, true, true));
    }
}
