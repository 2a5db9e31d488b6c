package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Trail;
import java.util.List;
import java.util.Optional;

/**
 * HL603: refer to the ID that superseded the closed one ({@code Superseded: AD-1 by AD-7}). Not safe:
 * the sentence around it may need rewording too.
 */
final class UseSuccessor implements FixProvider {
    @Override
    public Code code() {
        return Code.HL603;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        String id = ctx.finding().data().subject();
        Optional<String> successor = ctx.scope().trail(ctx.config()).closure(id).map(Trail.Closure::supersededBy);
        if (successor.isEmpty()
                || !ctx.text()
                        .text()
                        .substring(
                                ctx.text().offsetAt(ctx.finding().range().start()),
                                ctx.text().offsetAt(ctx.finding().range().end()))
                        .equals(id)) {
            return List.of();
        }
        return List.of(QuickFix.of(
                "Refer to " + successor.get() + " instead",
                code(),
                ctx.path(),
                List.of(new dev.handoffls.features.TextEdit(ctx.finding().range(), successor.get())),
                false,
                true));
    }
}
