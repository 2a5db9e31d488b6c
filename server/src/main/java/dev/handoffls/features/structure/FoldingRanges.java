package dev.handoffls.features.structure;

import dev.handoffls.model.HandoffDocument;
import dev.handoffls.text.DocumentText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folding: every heading's section (to the line before the next heading of the same or a higher
 * level, trailing blank lines excluded), the front matter block, fenced code blocks and multi-line
 * HTML comments. Spans of one line are not folds.
 */
public final class FoldingRanges {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");

    private FoldingRanges() {}

    public static List<Fold> of(HandoffDocument doc) {
        List<Fold> folds = new ArrayList<>();
        doc.frontMatter()
                .ifPresent(fm -> add(folds, fm.range().startLine(), fm.range().endLine(), Fold.REGION));
        for (int i = 0; i < doc.headings().size(); i++) {
            add(folds, doc.headings().get(i).line(), Sections.lastLine(doc, i), Fold.REGION);
        }
        int first = doc.frontMatter().map(fm -> fm.range().endLine() + 1).orElse(0);
        blocks(doc.text(), first, folds);
        folds.sort(Comparator.comparingInt(Fold::startLine).thenComparing(Fold::endLine, Comparator.reverseOrder()));
        return List.copyOf(folds);
    }

    /** Fenced code blocks (an unclosed fence runs to the end) and HTML comments outside them. */
    private static void blocks(DocumentText text, int first, List<Fold> folds) {
        int lines = text.lineCount();
        for (int line = first; line < lines; line++) {
            String l = text.lineText(line);
            Matcher open = FENCE.matcher(l);
            if (open.matches()
                    && !(open.group(1).charAt(0) == '`' && open.group(2).contains("`"))) {
                String fence = open.group(1);
                int close = line + 1;
                while (close < lines && !closes(text.lineText(close), fence)) {
                    close++;
                }
                int last = close < lines ? close : Sections.lastNonBlank(text, line, lines);
                add(folds, line, last, Fold.REGION);
                line = last;
                continue;
            }
            int comment = l.indexOf("<!--");
            if (comment >= 0 && l.stripLeading().startsWith("<!--") && l.indexOf("-->", comment + 4) < 0) {
                int end = line + 1;
                while (end < lines && !text.lineText(end).contains("-->")) {
                    end++;
                }
                if (end < lines) {
                    add(folds, line, end, Fold.COMMENT);
                    line = end;
                }
            }
        }
    }

    private static boolean closes(String line, String fence) {
        String t = line.strip();
        int indent = line.length() - line.stripLeading().length();
        return indent <= 3 && t.length() >= fence.length() && t.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static void add(List<Fold> folds, int start, int end, String kind) {
        if (end > start) {
            folds.add(new Fold(start, end, kind));
        }
    }
}
