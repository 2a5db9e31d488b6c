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
        int first = section.heading().line();
        boolean[] artifacts = artifactLines(section, first);
        int count = 0;
        for (int line = first; line < section.endLine(); line++) {
            if (artifacts[line - first] || text.lineText(line).isBlank()) {
                continue;
            }
            count++;
        }
        return count;
    }

    /** Lines of the section (from {@code first}) under a category that owns no IDs, marked once. */
    private static boolean[] artifactLines(HandoffSection section, int first) {
        boolean[] out = new boolean[Math.max(0, section.endLine() - first)];
        for (Category c : section.categories()) {
            if (!c.ownsIds()) {
                int from = Math.max(c.heading().line(), first);
                int to = Math.min(c.endLine(), section.endLine());
                for (int line = from; line < to; line++) {
                    out[line - first] = true;
                }
            }
        }
        return out;
    }
}
