package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.config.CategorySpec;
import dev.handoffls.features.TextEdit;
import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffSection;
import java.util.ArrayList;
import java.util.List;

/**
 * HL108: append the missing registry sections of the PT in canonical order, each a heading with
 * {@code - None}: level 2, or level 3 where the PT's present registry sections are level 3 (exported
 * PTs nest them under one title).
 *
 * <p>Safe: it adds empty headings and loses nothing; unless, parsed again, a section is still missing
 * or an ID changed section ({@link Reparsed}).
 */
final class InsertMissingPtSections implements FixProvider {
    @Override
    public Code code() {
        return Code.HL108;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        if (!ctx.doc().isPt()) {
            return List.of();
        }
        List<Category> present =
                ctx.doc().registry().map(HandoffSection::categories).orElse(List.of());
        List<CategorySpec> specs = ctx.config().ptSections();
        String hashes =
                "#".repeat(present.isEmpty() ? 2 : present.get(0).heading().level());
        List<String> lines = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int k = 0; k < specs.size(); k++) {
            final int order = k;
            if (present.stream().anyMatch(c -> c.order() == order)) {
                continue;
            }
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add(hashes + " " + specs.get(k).ptName());
            lines.add("- None");
            names.add(specs.get(k).ptName());
        }
        if (names.isEmpty()) {
            return List.of();
        }
        String title =
                "Insert the missing PT " + (names.size() == 1 ? "section " : "sections ") + String.join(", ", names);
        List<TextEdit> edits = List.of(FixText.append(ctx.text(), lines, ctx.eol()));
        return List.of(QuickFix.of(title, code(), ctx.path(), edits, Reparsed.fixes(ctx, edits), true));
    }
}
