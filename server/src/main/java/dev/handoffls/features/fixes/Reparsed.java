package dev.handoffls.features.fixes;

import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.features.TextEdit;
import dev.handoffls.features.TextEdits;
import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.parse.DocumentParser;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.Rules;
import dev.handoffls.text.DocumentText;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The check a structural fix (categories, sections, the handoff's place) passes before it calls itself
 * safe. Such a fix is planned on lines, but markdown may read the result differently: a code block left
 * open swallows what is appended or moved after it, and a heading inside a list item cuts a category
 * short, so inserted headings land among its items. The fixed text is parsed again; the fix is safe
 * only when its own rule no longer reports there, no category (or the handoff section) is lost, and
 * every item is still under the category it was under.
 */
final class Reparsed {
    private Reparsed() {}

    /** Whether {@code edits} on the finding's document remove the finding and keep its structure. */
    static boolean fixes(FixContext ctx, List<TextEdit> edits) {
        HandoffDocument after = parse(ctx, TextEdits.apply(ctx.text().text(), edits));
        return !stillReported(ctx, after) && keepsStructure(ctx.doc(), after);
    }

    /**
     * The handoff section still there, no category lost, and every item under the category it was under:
     * none joins one (an artifact path becomes a path to check, an ID a definition) or leaves one.
     */
    private static boolean keepsStructure(HandoffDocument before, HandoffDocument after) {
        Map<String, Long> categoriesAfter = categoryCounts(after);
        return before.handoff().isEmpty() == after.handoff().isEmpty()
                && categoryCounts(before).entrySet().stream()
                        .allMatch(e -> categoriesAfter.getOrDefault(e.getKey(), 0L) >= e.getValue())
                && itemCategories(after).equals(itemCategories(before));
    }

    private static Map<String, Long> categoryCounts(HandoffDocument doc) {
        return doc.sectionCategories().stream().collect(Collectors.groupingBy(Category::name, Collectors.counting()));
    }

    /** Each item as its category and text, in an order that moving a category keeps. */
    private static List<String> itemCategories(HandoffDocument doc) {
        return doc.sectionCategories().stream()
                .flatMap(c -> c.items().stream().map(i -> c.name() + "\n" + i.text()))
                .sorted()
                .toList();
    }

    /**
     * Whether the first line a fix inserts has no prose once the fix is applied: after a code fence,
     * HTML block or front matter left open, it becomes part of it, so the finding stays and {@code check
     * --fix} would apply the fix again and again. A line inserted after a closed block is prose, and fine.
     */
    static boolean swallowsInsertedLines(FixContext ctx, List<TextEdit> edits) {
        DocumentText t = ctx.text();
        List<TextEdit> inserts = edits.stream()
                .filter(e -> e.range().start().equals(e.range().end()) && firstLineStart(e) >= 0)
                .toList();
        if (inserts.isEmpty()) {
            return false;
        }
        HandoffDocument after = parse(ctx, TextEdits.apply(t.text(), edits));
        for (TextEdit insert : inserts) {
            int at = t.offsetAt(insert.range().start());
            int shift = 0;
            for (TextEdit e : edits) {
                int start = t.offsetAt(e.range().start());
                if (e != insert && start < at) {
                    shift += e.newText().length() - (t.offsetAt(e.range().end()) - start);
                }
            }
            if (!hasProse(after, at + shift + firstLineStart(insert))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line from {@code from} has a character that is prose (list markers and IDs are not). */
    private static boolean hasProse(HandoffDocument doc, int from) {
        String text = doc.text().text();
        for (int i = from; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && doc.proseCharAt(i) != ' ') {
                return true;
            }
        }
        return false;
    }

    /**
     * Where, in an insertion's text, the first line it starts has its first non-blank character: from
     * the start when it is inserted at a line start, else after its first line break; -1 for none.
     */
    private static int firstLineStart(TextEdit insert) {
        String s = insert.newText();
        int from = 0;
        if (insert.range().start().character() != 0) {
            int lf = indexOfLineBreak(s);
            if (lf < 0) {
                return -1;
            }
            from = lf + 1;
        }
        for (int i = from; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                return i;
            }
        }
        return -1;
    }

    private static HandoffDocument parse(FixContext ctx, String text) {
        var index = ctx.index();
        return new DocumentParser(new WorkspaceLayout(index.configFor(ctx.path()), index.configFolderFor(ctx.path())))
                .parse(ctx.path(), text);
    }

    /**
     * The finding's rule run on the fixed document. The structural rules read the document alone
     * ({@link Rule#reads()} is empty), so the snapshot, which still holds the old text, is enough.
     */
    private static boolean stillReported(FixContext ctx, HandoffDocument after) {
        List<Rule> rule = Rules.all().stream()
                .filter(r -> r.code() == ctx.finding().code() && r.reads().isEmpty())
                .toList();
        if (rule.isEmpty()) {
            throw new IllegalArgumentException(ctx.finding().code() + " has no rule of the document alone");
        }
        return new Checker(rule)
                .checkDocument(ctx.index(), after).stream()
                        .anyMatch(f -> f.code() == ctx.finding().code());
    }
}
