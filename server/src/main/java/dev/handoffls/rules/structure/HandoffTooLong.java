package dev.handoffls.rules.structure;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import dev.handoffls.text.DocumentText;
import java.util.Set;

/** HL104: the section is a filter, not a report (Decision 011 §9: at most 30 lines). */
public final class HandoffTooLong implements Rule {
    @Override
    public Code code() {
        return Code.HL104;
    }

    @Override
    public Set<Fact> reads() {
        return Set.of();
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.document().isL2() || ctx.document().handoff().isEmpty()) {
            return;
        }
        HandoffSection section = ctx.document().handoff().get();
        int lines = countLines(ctx.document().text(), section);
        int max = ctx.config().handoffMaxLines();
        if (lines > max) {
            ctx.report(
                    section.heading().range(),
                    "Downstream Handoff is " + lines + " lines long (not counting blank "
                            + "lines and Artifacts); keep it to at most " + max + " and move detail to L3");
        }
    }

    static int countLines(DocumentText text, HandoffSection section) {
        int count = 0;
        for (int line = section.heading().line(); line < section.endLine(); line++) {
            if (text.lineText(line).isBlank() || inArtifacts(section, line)) {
                continue;
            }
            count++;
        }
        return count;
    }

    private static boolean inArtifacts(HandoffSection section, int line) {
        for (Category c : section.categories()) {
            if (!c.ownsIds() && line >= c.heading().line() && line < c.endLine()) {
                return true;
            }
        }
        return false;
    }
}
