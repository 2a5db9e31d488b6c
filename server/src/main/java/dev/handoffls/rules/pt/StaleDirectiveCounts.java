package dev.handoffls.rules.pt;

import dev.handoffls.codes.Code;
import dev.handoffls.config.CategorySpec;
import dev.handoffls.config.HandoffConfig;
import dev.handoffls.index.Fact;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.Heading;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import dev.handoffls.text.DocumentText;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HL503: a directive's {@code ### Context Source} lines ({@code - Architecture Decisions: 3 decisions
 * (AD-1 through AD-3)}) disagree with the scope's PT. The next coordinator trusts those numbers.
 *
 * <p>Only the pipeline's current directive is compared: a directive is history once another
 * directive of the scope has a higher phase (the phase 4 directive was right at gate 3; syncing phase
 * 4's items into the PT must not make it "stale"). A directive without a phase is always compared.
 * The line's category is recognised by its leading words (PT section names and L2 category words),
 * the count is the integer the value starts with, the range is a parenthesised {@code (X-a through X-b)} or {@code (X-a)}.
 * Lines with a template placeholder ({@code {count}}) are left to HL107.
 */
public final class StaleDirectiveCounts implements Rule {
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern COUNT = Pattern.compile("^[\\s*_~≈]*(\\d+)(?![\\p{L}\\p{N}_\\-{}]|[.,]\\d)");
    private static final Pattern CONTEXT_SOURCE = Pattern.compile("(?i)^context\\s+sources?\\b.*");

    @Override
    public Code code() {
        return Code.HL503;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS, Fact.SCOPE_DOCUMENTS);
    }

    /** A count or range the directive states, and where. */
    public record Stated(int value, Integer high, Range range) {}

    /**
     * One {@code - Category: N things (X-a through X-b)} line of the Context Source section.
     *
     * @param label  the category words as written ({@code Architecture Decisions})
     * @param prefix the ID prefix of the category
     * @param text   the stated value, as written, for messages ({@code 3 decisions (AD-1 through AD-3)})
     * @param count  the stated count, if the value starts with one
     * @param range  the stated range ({@code value} through {@code high}), if there is one
     */
    public record ContextLine(
            int line, String label, String prefix, String text, Optional<Stated> count, Optional<Stated> range) {}

    /**
     * What the PT holds for a prefix.
     *
     * @param ids the numbers of the distinct IDs, ascending
     */
    public record Expected(String prefix, List<Integer> ids) {
        public int count() {
            return ids.size();
        }

        /** {@code AD-1 through AD-4}, {@code AD-1}, or empty when the PT holds none. */
        public String rangeText() {
            if (ids.isEmpty()) {
                return "";
            }
            int lo = ids.get(0);
            int hi = ids.get(ids.size() - 1);
            return lo == hi ? prefix + "-" + lo : prefix + "-" + lo + " through " + prefix + "-" + hi;
        }

        public String describe() {
            return ids.isEmpty() ? "none" : count() + " (" + rangeText() + ")";
        }

        boolean rangeMatches(Stated r) {
            return !ids.isEmpty() && r.value() == ids.get(0) && r.high() == ids.get(ids.size() - 1);
        }
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        ScopeIndex scope = ctx.scope();
        if (doc.kind() != DocumentKind.DIRECTIVE || scope.pt().isEmpty() || isHistory(scope, doc)) {
            return;
        }
        HandoffDocument pt = scope.pt().get();
        for (ContextLine l : contextLines(doc, ctx.config())) {
            Expected e = expected(pt, l.prefix());
            boolean countStale = l.count().isPresent() && l.count().get().value() != e.count();
            boolean rangeStale =
                    l.range().isPresent() && !e.rangeMatches(l.range().get());
            if (!countStale && !rangeStale) {
                continue;
            }
            String message = l.label() + ": says " + l.text() + " but the PT has " + e.describe()
                    + ": recompute the counts from the PT";
            if (countStale) {
                ctx.report(l.count().get().range(), message);
            }
            if (rangeStale) {
                ctx.report(l.range().get().range(), message);
            }
        }
    }

    /** A directive some other directive of the scope follows (a higher phase); only the current one is compared. */
    public static boolean isHistory(ScopeIndex scope, HandoffDocument directive) {
        Integer phase = directive.location().phase();
        return phase != null
                && scope.documents().stream()
                        .anyMatch(d -> d.kind() == DocumentKind.DIRECTIVE
                                && d.location().phase() != null
                                && d.location().phase() > phase);
    }

    /** The distinct IDs of a prefix the PT holds. */
    public static Expected expected(HandoffDocument pt, String prefix) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (IdDefinition d : pt.definitions()) {
            if (d.token().prefix().equals(prefix)) {
                ids.add(d.token().number());
            }
        }
        return new Expected(prefix, List.copyOf(ids));
    }

    /** The recognised lines of the directive's Context Source section(s), in order. */
    public static List<ContextLine> contextLines(HandoffDocument doc, HandoffConfig config) {
        List<ContextLine> out = new ArrayList<>();
        List<Heading> headings = doc.headings();
        for (int h = 0; h < headings.size(); h++) {
            Heading heading = headings.get(h);
            if (!CONTEXT_SOURCE.matcher(heading.text().trim()).matches()) {
                continue;
            }
            int end = doc.text().lineCount();
            for (int k = h + 1; k < headings.size(); k++) {
                if (headings.get(k).level() <= heading.level()) {
                    end = headings.get(k).line();
                    break;
                }
            }
            for (int line = heading.line() + 1; line < end; line++) {
                parseLine(doc, config, line).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<ContextLine> parseLine(HandoffDocument doc, HandoffConfig config, int line) {
        DocumentText text = doc.text();
        int start = text.lineStart(line);
        String raw = text.lineText(line);
        Matcher item = LIST_ITEM.matcher(raw);
        // The prose blanks list markers, code and comments: an item whose text is blank there is not prose.
        if (!item.matches()
                || raw.indexOf('{') >= 0
                || item.group(1).isEmpty()
                || Character.isWhitespace(doc.proseCharAt(start + item.start(1)))) {
            return Optional.empty();
        }
        String content = item.group(1);
        int colon = content.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String label = content.substring(0, colon).replaceAll("[*_]", "").trim();
        String prefix = categoryOf(label, config);
        if (prefix == null) {
            return Optional.empty();
        }
        int valueStart = start + item.start(1) + colon + 1;
        String value = content.substring(colon + 1);

        Optional<Stated> range = Optional.empty();
        int statedEnd = value.length();
        String p = Pattern.quote(prefix);
        Matcher r = Pattern.compile("\\(\\s*(" + p + "-(\\d+))(?:\\s*(?:(?i:through|to)|\\.\\.|–|—|~)\\s*(?:" + p
                        + "-)?(\\d+))?\\s*(?=[),;])")
                .matcher(value);
        if (r.find()) {
            int lo = Integer.parseInt(r.group(2));
            int hi = r.group(3) != null ? Integer.parseInt(r.group(3)) : lo;
            int rangeEnd = r.group(3) != null ? r.end(3) : r.end(1);
            range = Optional.of(new Stated(lo, hi, text.range(valueStart + r.start(1), valueStart + rangeEnd)));
            int close = value.indexOf(')', r.end());
            statedEnd = close >= 0 ? close + 1 : r.end();
        }
        Optional<Stated> count = Optional.empty();
        Matcher c = COUNT.matcher(value);
        if (c.find() && (range.isEmpty() || c.start(1) < r.start())) {
            count = Optional.of(new Stated(
                    Integer.parseInt(c.group(1)), null, text.range(valueStart + c.start(1), valueStart + c.end(1))));
        }
        if (count.isEmpty() && range.isEmpty()) {
            return Optional.empty();
        }
        String stated = value.substring(0, statedEnd)
                .replaceAll("\\*\\*|__", "")
                .replaceAll("\\s+", " ")
                .trim();
        if (stated.length() > 80) {
            stated = stated.substring(0, 77) + "…";
        }
        return Optional.of(new ContextLine(line, label, prefix, stated, count, range));
    }

    private static String categoryOf(String label, HandoffConfig config) {
        if (label.isEmpty() || label.length() > 60) {
            return null;
        }
        for (CategorySpec spec : config.ptSections()) {
            if (spec.prefix() != null && spec.matchesPt(label)) {
                return spec.prefix();
            }
        }
        for (CategorySpec spec : config.categories()) {
            if (spec.prefix() != null && spec.matchesL2(label)) {
                return spec.prefix();
            }
        }
        return null;
    }
}
