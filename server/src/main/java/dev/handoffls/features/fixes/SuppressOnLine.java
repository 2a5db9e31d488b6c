package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.features.TextEdit;
import dev.handoffls.model.SuppressionComment;
import dev.handoffls.model.SuppressionComment.Kind;
import dev.handoffls.rules.suppress.Suppressions;
import dev.handoffls.text.DocumentText;
import java.util.List;
import java.util.Optional;

/**
 * The fix every finding offers (spec §14): <i>Suppress HLxxx on this line</i>. Adds the code to a
 * suppression comment already there for the line, else writes
 * {@code <!-- handoff-ls-disable-next-line HLxxx -->} on its own line above, with that line's
 * indentation. A table row gets a {@code disable-line} comment inside its last cell instead: a line
 * above would cut the table in two.
 *
 * <p>Not safe: silencing a finding is a judgement, never something {@code check --fix} decides. No fix
 * for a finding in the front matter, where a comment would break the YAML (a {@code disable-file}
 * comment below it serves there).
 */
final class SuppressOnLine {
    static final String TITLE_PREFIX = "Suppress ";

    private SuppressOnLine() {}

    static boolean isSuppression(QuickFix fix) {
        return fix.title().startsWith(TITLE_PREFIX);
    }

    static Optional<QuickFix> fix(FixContext ctx) {
        Code code = ctx.finding().code();
        int line = ctx.finding().range().startLine();
        if (!Suppressions.suppressible(code) || inFrontMatter(ctx, line)) {
            return Optional.empty();
        }
        TextEdit edit = existingComment(ctx, line)
                .map(c -> addCode(ctx.text(), c, code))
                .or(() -> inTableRow(ctx.text(), line, code))
                .orElseGet(() -> commentAbove(ctx, line, code));
        return Optional.of(
                QuickFix.of(TITLE_PREFIX + code + " on this line", code, ctx.path(), List.of(edit), false, false));
    }

    private static TextEdit addCode(DocumentText t, SuppressionComment c, Code code) {
        var last = c.codes().get(c.codes().size() - 1);
        return FixText.insert(t, t.offsetAt(last.range().end()), " " + code);
    }

    private static TextEdit commentAbove(FixContext ctx, int line, Code code) {
        DocumentText t = ctx.text();
        String lineText = t.lineText(line);
        String indent = lineText.substring(
                0, lineText.length() - lineText.stripLeading().length());
        return FixText.insert(t, t.lineStart(line), indent + comment(Kind.DISABLE_NEXT_LINE, code) + ctx.eol());
    }

    /** A row written with a leading pipe: the comment goes before its closing pipe, or at its end. */
    private static Optional<TextEdit> inTableRow(DocumentText t, int line, Code code) {
        String text = t.lineText(line);
        String trimmed = text.strip();
        if (!trimmed.startsWith("|")) {
            return Optional.empty();
        }
        String comment = comment(Kind.DISABLE_LINE, code);
        int end = t.lineStart(line) + text.stripTrailing().length();
        if (trimmed.length() > 1 && trimmed.endsWith("|") && !trimmed.endsWith("\\|")) {
            int pipe = end - 1;
            boolean spaced = Character.isWhitespace(t.text().charAt(pipe - 1));
            return Optional.of(FixText.insert(t, pipe, (spaced ? "" : " ") + comment + " "));
        }
        return Optional.of(FixText.insert(t, end, " " + comment));
    }

    private static String comment(Kind kind, Code code) {
        return "<!-- handoff-ls-" + kind.keyword() + " " + code + " -->";
    }

    /**
     * A comment with codes that already suppresses for this line: a {@code disable-line} on it, or a
     * {@code disable-next-line} that is all the line before holds.
     */
    private static Optional<SuppressionComment> existingComment(FixContext ctx, int line) {
        DocumentText t = ctx.text();
        return ctx.doc().suppressions().stream()
                .filter(c -> !c.codes().isEmpty()
                        && c.range().startLine() == c.range().endLine())
                .filter(c -> c.kind() == Kind.DISABLE_LINE && c.range().startLine() == line
                        || c.kind() == Kind.DISABLE_NEXT_LINE
                                && c.range().startLine() == line - 1
                                && aloneOnItsLine(t, c))
                .findFirst();
    }

    private static boolean aloneOnItsLine(DocumentText t, SuppressionComment c) {
        String text = t.lineText(c.range().startLine());
        return text.substring(c.range().start().character(), c.range().end().character())
                .equals(text.strip());
    }

    private static boolean inFrontMatter(FixContext ctx, int line) {
        return ctx.doc().frontMatter().map(fm -> line <= fm.range().endLine()).orElse(false);
    }
}
