package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.features.TextEdit;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.parse.KindClassifier;
import dev.handoffls.text.DocumentText;
import java.util.List;

/**
 * HL103: move the Downstream Handoff section to the end of the document: one edit deletes its lines
 * (with the blank lines after it), one appends its text, exactly as written, after a blank line.
 *
 * <p>Safe: every line is kept; unless, parsed again, the section is still not last or an ID changed
 * category ({@link Reparsed}: appended after a code block left open, it would be code).
 */
final class MoveHandoffToEnd implements FixProvider {
    @Override
    public Code code() {
        return Code.HL103;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        // With two Downstream Handoff sections, moving the first one to the end only puts the other
        // first: the finding stays and a repeated fix would swap them forever. A person must merge them.
        if (!ctx.doc().isL2() || ctx.doc().handoff().isEmpty() || handoffSections(ctx) > 1) {
            return List.of();
        }
        HandoffSection section = ctx.doc().handoff().get();
        DocumentText t = ctx.text();
        int start = section.heading().line();
        int end = section.endLine();
        if (end >= t.lineCount() || FixText.lastNonBlank(t, end, t.lineCount()) < end) {
            return List.of();
        }
        int last = FixText.lastNonBlank(t, start, end);
        String block = t.text().substring(t.lineStart(start), t.lineEnd(last));
        var delete = FixText.replace(t, t.lineStart(start), t.lineStart(end), "");
        var append = FixText.append(t, List.of(block), ctx.eol());
        List<TextEdit> edits = List.of(delete, append);
        return List.of(QuickFix.of(
                "Move the Downstream Handoff section to the end",
                code(),
                ctx.path(),
                edits,
                Reparsed.fixes(ctx, edits),
                true));
    }

    private static long handoffSections(FixContext ctx) {
        return ctx.doc().headings().stream()
                .filter(h -> h.level() == 2 && KindClassifier.isHandoffHeading(h.text()))
                .count();
    }
}
