package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.config.CategorySpec;
import java.util.ArrayList;
import java.util.List;

/**
 * HL101: append Decision 011 §4.1's section: the six categories in canonical order, each
 * {@code - None} (no {@code PT-synced:} line: nothing was synced yet).
 *
 * <p>Not safe: the finding says the coordinator never wrote a handoff; filling it unattended with
 * "None" everywhere would turn a missing handoff into a false one.
 */
final class InsertHandoffTemplate implements FixProvider {
    @Override
    public Code code() {
        return Code.HL101;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        if (!ctx.doc().isL2() || ctx.doc().handoff().isPresent()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("## Downstream Handoff");
        for (CategorySpec spec : ctx.config().categories()) {
            lines.add("");
            lines.add("### " + spec.l2Name());
            lines.add("- None");
        }
        return List.of(QuickFix.of(
                "Insert the Downstream Handoff section template",
                code(),
                ctx.path(),
                List.of(FixText.append(ctx.text(), lines, ctx.eol())),
                false,
                true));
    }
}
