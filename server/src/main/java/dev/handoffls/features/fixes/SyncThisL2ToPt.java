package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import java.util.List;

/** HL501: an item of this L2 is missing from the PT: run Sync to PT on this L2. */
final class SyncThisL2ToPt implements FixProvider {
    @Override
    public Code code() {
        return Code.HL501;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        return List.of(QuickFix.run("Sync to PT", code(), new FixCommand(FixCommand.SYNC_TO_PT, ctx.path()), true));
    }
}
