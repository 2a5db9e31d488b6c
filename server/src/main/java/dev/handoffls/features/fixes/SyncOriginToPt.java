package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import java.util.List;

/**
 * HL302: a directive or the PT references an ID that an L2 defines but the PT lacks: run Sync to PT on
 * the ID's origin L2 (the finding's origin), which puts the ID into the PT.
 */
final class SyncOriginToPt implements FixProvider {
    @Override
    public Code code() {
        return Code.HL302;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        String origin = ctx.finding().data().origin();
        if (origin.isEmpty() && !ctx.finding().related().isEmpty()) {
            origin = ctx.finding().related().get(0).path();
        }
        if (origin.isEmpty()) {
            return List.of();
        }
        return List.of(QuickFix.run(
                "Sync the origin L2 to the PT", code(), new FixCommand(FixCommand.SYNC_TO_PT, origin), true));
    }
}
