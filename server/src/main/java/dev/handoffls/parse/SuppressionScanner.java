package dev.handoffls.parse;

import dev.handoffls.model.SuppressionComment;
import dev.handoffls.model.SuppressionComment.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;

/**
 * Finds the suppression comments of a document (spec §14). Only HTML nodes of the markdown tree are
 * read, so a comment shown inside a fenced block or an inline code span is an example, not a
 * suppression. The raw text is read, not the prose mask, which blanks HTML.
 */
final class SuppressionScanner {
    private static final Pattern COMMENT = Pattern.compile(
            "<!--\\s*handoff-ls-(disable-next-line|disable-line|disable-file|disable|enable)(?=\\s|-->)(.*?)-->",
            Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("[^\\s,]+");

    private SuppressionScanner() {}

    static List<SuppressionComment> scan(MarkdownTree tree) {
        List<Node> html = new ArrayList<>(tree.htmlBlocks);
        html.addAll(tree.htmlInlines);
        html.sort(Comparator.comparingInt(n -> tree.span(n).start()));
        List<SuppressionComment> out = new ArrayList<>();
        String text = tree.text.text();
        for (Node n : html) {
            MarkdownTree.Span span = tree.span(n);
            Matcher m = COMMENT.matcher(text).region(span.start(), span.end());
            while (m.find()) {
                out.add(new SuppressionComment(kind(m.group(1)), tree.text.range(m.start(), m.end()), tokens(tree, m)));
            }
        }
        return List.copyOf(out);
    }

    private static List<SuppressionComment.Token> tokens(MarkdownTree tree, Matcher comment) {
        List<SuppressionComment.Token> out = new ArrayList<>();
        Matcher t = TOKEN.matcher(tree.text.text()).region(comment.start(2), comment.end(2));
        while (t.find()) {
            out.add(new SuppressionComment.Token(t.group(), tree.text.range(t.start(), t.end())));
        }
        return out;
    }

    private static Kind kind(String keyword) {
        for (Kind k : Kind.values()) {
            if (k.keyword().equals(keyword)) {
                return k;
            }
        }
        throw new IllegalArgumentException(keyword);
    }
}
