package dev.handoffls.rules.structure;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HL107: a directive still holding a template {@code {…}} placeholder outside code and paths. */
public final class UnfilledPlaceholder implements Rule {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}\\n]{1,120}\\}");

    @Override
    public Code code() {
        return Code.HL107;
    }

    @Override
    public Set<Fact> reads() {
        return Set.of();
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        if (doc.kind() != DocumentKind.DIRECTIVE) {
            return;
        }
        String prose = doc.prose();
        Matcher m = PLACEHOLDER.matcher(prose);
        while (m.find()) {
            if (insidePath(prose, m.start(), m.end())) {
                continue;
            }
            ctx.report(
                    doc.text().range(m.start(), m.end()),
                    "template placeholder " + m.group()
                            + " is not filled in: replace it before the directive is handed over");
        }
    }

    /** {@code phase-{N}/L2-summary.md} is a path pattern, not a placeholder to fill. */
    private static boolean insidePath(String prose, int start, int end) {
        int s = start;
        while (s > 0 && !Character.isWhitespace(prose.charAt(s - 1))) {
            s--;
        }
        int e = end;
        while (e < prose.length() && !Character.isWhitespace(prose.charAt(e))) {
            e++;
        }
        String token = prose.substring(s, start) + prose.substring(end, e);
        return token.contains("/") || token.matches(".*\\.[A-Za-z]{1,5}[).,;:]*$");
    }
}
