package dev.handoffls.features.fixes;

import dev.handoffls.model.SuppressionComment;
import dev.handoffls.model.SuppressionComment.Kind;
import dev.handoffls.rules.Code;
import dev.handoffls.rules.suppress.Suppressions;
import dev.handoffls.text.DocumentText;
import java.util.List;
import java.util.Optional;

/**
 * The fix every finding offers (spec §14): <i>Suppress HLxxx on this line</i>. Writes
 * {@code <!-- handoff-ls-disable-next-line HLxxx -->} on its own line above the finding's line, with
 * that line's indentation, or adds the code to such a comment already there.
 *
 * <p>Not safe: silencing a finding is a judgement, never something {@code check --fix} decides. No fix
 * for a finding in the front matter, where a comment would break the YAML (a
 * {@code disable-file} comment below it serves there).
 */
final class SuppressOnLine {
    static final String TITLE_PREFIX = "Suppress ";

    private SuppressOnLine() {
    }

    static boolean isSuppression(QuickFix fix) {
        return fix.title().startsWith(TITLE_PREFIX);
    }

    static Optional<QuickFix> fix(FixContext ctx) {
        Code code = ctx.finding().code();
        int line = ctx.finding().range().start().line();
        if (!Suppressions.suppressible(code) || inFrontMatter(ctx, line)) {
            return Optional.empty();
        }
        DocumentText t = ctx.text();
        String title = TITLE_PREFIX + code + " on this line";
        Optional<SuppressionComment> above = commentAbove(ctx, line);
        if (above.isPresent()) {
            var last = above.get().codes().get(above.get().codes().size() - 1);
            int at = t.offsetAt(last.range().end());
            return Optional.of(QuickFix.of(title, code, ctx.path(), List.of(FixText.insert(t, at, " " + code)), false, false));
        }
        String lineText = t.lineText(line);
        String indent = lineText.substring(0, lineText.length() - lineText.stripLeading().length());
        String comment = indent + "<!-- handoff-ls-" + Kind.DISABLE_NEXT_LINE.keyword() + " " + code + " -->" + ctx.eol();
        return Optional.of(QuickFix.of(title, code, ctx.path(), List.of(FixText.insert(t, t.lineStart(line), comment)),
                false, false));
    }

    /** A disable-next-line comment with codes that ends on the line before and is all that line holds. */
    private static Optional<SuppressionComment> commentAbove(FixContext ctx, int line) {
        if (line == 0) {
            return Optional.empty();
        }
        String before = ctx.text().lineText(line - 1);
        return ctx.doc().suppressions().stream()
                .filter(c -> c.kind() == Kind.DISABLE_NEXT_LINE && !c.codes().isEmpty())
                .filter(c -> c.range().start().line() == line - 1 && c.range().end().line() == line - 1)
                .filter(c -> before.substring(c.range().start().character(), c.range().end().character())
                        .equals(before.strip()))
                .findFirst();
    }

    private static boolean inFrontMatter(FixContext ctx, int line) {
        return ctx.doc().frontMatter().map(fm -> line <= fm.range().end().line()).orElse(false);
    }
}
