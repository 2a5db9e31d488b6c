package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.features.TextEdit;
import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.text.DocumentText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * HL105: put the categories in canonical order. The section body from the first category heading
 * to the last category's last non-blank line is replaced: each category's text (up to the next
 * category heading, so unrecognised sub-sections travel with the category above them) is kept
 * verbatim, and the blank lines between categories stay where they were.
 *
 * <p>Safe: every line is kept; unless, parsed again, the categories are still out of order or an ID
 * changed category ({@link Reparsed}: a moved category that ends inside a code block left open).
 */
final class ReorderCategories implements FixProvider {
    @Override
    public Code code() {
        return Code.HL105;
    }

    private record Chunk(int order, int start, int end) {}

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        if (!ctx.doc().isL2() || ctx.doc().handoff().isEmpty()) {
            return List.of();
        }
        HandoffSection section = ctx.doc().handoff().get();
        List<Category> cs = section.categories();
        DocumentText t = ctx.text();
        String s = t.text();
        List<Chunk> chunks = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            int from = cs.get(i).heading().line();
            int to = i + 1 < cs.size() ? cs.get(i + 1).heading().line() : section.endLine();
            int last = Math.max(from, FixText.lastNonBlank(t, from, to));
            chunks.add(new Chunk(cs.get(i).order(), t.lineStart(from), t.lineEnd(last)));
        }
        List<Chunk> sorted =
                chunks.stream().sorted(Comparator.comparingInt(Chunk::order)).toList();
        if (sorted.equals(chunks)) {
            return List.of();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = sorted.get(i);
            out.append(s, c.start(), c.end());
            if (i + 1 < chunks.size()) {
                out.append(s, chunks.get(i).end(), chunks.get(i + 1).start());
            }
        }
        int start = chunks.get(0).start();
        int end = chunks.get(chunks.size() - 1).end();
        List<TextEdit> edits = List.of(FixText.replace(t, start, end, out.toString()));
        return List.of(QuickFix.of(
                "Put the categories in canonical order", code(), ctx.path(), edits, Reparsed.fixes(ctx, edits), true));
    }
}
