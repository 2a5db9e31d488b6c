package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.config.CategorySpec;
import dev.handoffls.features.TextEdit;
import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.text.DocumentText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * HL102: insert each missing category as its heading and {@code - None}, in canonical order: after
 * the last line of the present category that precedes it in that order, before the first category
 * when none does, at the end of the section when it has none. A heading takes the level of the
 * category it follows (or precedes); blank lines between categories follow the section's own style.
 *
 * <p>Safe: it adds empty headings and loses nothing, when the text parsed again has every category
 * and every item still under its own ({@link Reparsed}).
 */
final class InsertMissingCategories implements FixProvider {
    @Override
    public Code code() {
        return Code.HL102;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        Optional<HandoffSection> section = ctx.doc().isL2() ? ctx.doc().handoff() : Optional.empty();
        if (section.isEmpty()) {
            return List.of();
        }
        DocumentText t = ctx.text();
        String eol = ctx.eol();
        List<CategorySpec> specs = ctx.config().categories();
        List<Category> present = section.get().categories();
        List<Integer> missing = new ArrayList<>();
        for (int k = 0; k < specs.size(); k++) {
            final int order = k;
            if (present.stream().noneMatch(c -> c.order() == order)) {
                missing.add(k);
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        boolean blank = blankBetween(t, section.get());
        String sep = blank ? eol : "";
        Map<Integer, StringBuilder> inserts = new TreeMap<>();
        List<String> names = new ArrayList<>();
        for (int k : missing) {
            names.add(specs.get(k).l2Name());
            final int order = k;
            Optional<Category> anchor =
                    present.stream().filter(c -> c.order() < order).max(Comparator.comparingInt(Category::order));
            // The level of the heading that follows it, so that it ends where the category it
            // joins did: a higher one would take in the sub-sections after it.
            int level = anchor.or(() -> present.stream().findFirst())
                    .map(c -> c.heading().level())
                    .orElse(3);
            String block = "#".repeat(level) + " " + specs.get(k).l2Name() + eol + "- None" + eol;
            if (anchor.isPresent()) {
                int last = Math.max(
                        anchor.get().heading().line(),
                        FixText.lastNonBlank(
                                t, anchor.get().heading().line(), anchor.get().endLine()));
                after(t, last, eol, inserts).append(sep).append(block);
            } else if (!present.isEmpty()) {
                int at = t.lineStart(present.get(0).heading().line());
                inserts.computeIfAbsent(at, x -> new StringBuilder())
                        .append(block)
                        .append(sep);
            } else {
                int last = Math.max(
                        section.get().heading().line(),
                        FixText.lastNonBlank(
                                t, section.get().heading().line(), section.get().endLine()));
                after(t, last, eol, inserts).append(sep).append(block);
            }
        }
        List<TextEdit> edits = new ArrayList<>();
        inserts.forEach((offset, text) -> {
            String s = text.toString();
            // At the end of a file without a final newline, the block starts a new line instead.
            if (offset == t.length()
                    && !t.text().isEmpty()
                    && !t.text().endsWith("\n")
                    && !t.text().endsWith("\r")) {
                s = eol + s.substring(0, s.length() - eol.length());
            }
            edits.add(FixText.insert(t, offset, s));
        });
        String title =
                "Insert the missing " + (names.size() == 1 ? "category " : "categories ") + String.join(", ", names);
        return List.of(QuickFix.of(title, code(), ctx.path(), edits, Reparsed.fixes(ctx, edits), true));
    }

    private static StringBuilder after(DocumentText t, int line, String eol, Map<Integer, StringBuilder> inserts) {
        int at = line + 1 < t.lineCount() ? t.lineStart(line + 1) : t.length();
        return inserts.computeIfAbsent(at, x -> new StringBuilder());
    }

    /** Whether the section separates its categories with a blank line (the second one's, else the first one's). */
    private static boolean blankBetween(DocumentText t, HandoffSection section) {
        List<Category> cs = section.categories();
        if (cs.isEmpty()) {
            return true;
        }
        int line = cs.get(cs.size() >= 2 ? 1 : 0).heading().line();
        return line > 0 && t.lineText(line - 1).isBlank();
    }
}
