package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.MetadataValue;
import dev.handoffls.rules.tickets.Nearest;
import dev.handoffls.rules.tickets.TicketFacts;
import dev.handoffls.text.DocumentText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HL403: replace an unknown status or priority with the nearest valid value ({@link Nearest}, as the
 * message suggests). Only the value's leading words are replaced: markup and commentary after them
 * stay ({@code **opne** (waiting on X)} → {@code **open** (waiting on X)}). An impossible date gets the
 * nearest real one in its month ({@code 2026-02-30} → {@code 2026-02-28}), never applied unattended.
 *
 * <p>Safe only when the nearest value is unambiguous: a single candidate at the smallest edit
 * distance, and that distance at most 2 (a typo, not a different word).
 */
final class NearestMetadataValue implements FixProvider {
    static final List<String> PRIORITIES = List.of("critical", "high", "medium", "low", "P0", "P1", "P2", "P3");

    @Override
    public Code code() {
        return Code.HL403;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        HandoffDocument doc = ctx.doc();
        for (TicketFacts fact : List.of(TicketFacts.STATUS, TicketFacts.PRIORITY)) {
            List<MetadataValue> values = new ArrayList<>();
            fact.fromFrontMatter(doc).ifPresent(values::add);
            fact.fromBody(doc).ifPresent(values::add);
            Optional<MetadataValue> v = values.stream()
                    .filter(x -> x.valueRange().equals(ctx.finding().range()))
                    .findFirst();
            if (v.isEmpty()) {
                continue;
            }
            DocumentText t = ctx.text();
            int[] main = TicketText.mainPart(t, v.get());
            if (main == null) {
                return List.of();
            }
            String written = t.text().substring(main[0], main[1]);
            List<String> candidates = fact == TicketFacts.STATUS ? ctx.config().statusValues() : PRIORITIES;
            String nearest = Nearest.of(written, candidates);
            if (nearest.equals(written)) {
                return List.of();
            }
            return List.of(QuickFix.of(
                    "Change " + fact.label() + " '" + written + "' to '" + nearest + "'",
                    code(),
                    ctx.path(),
                    List.of(FixText.replace(t, main[0], main[1], nearest)),
                    unambiguous(written, candidates),
                    true));
        }
        return dateFix(ctx);
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** The last real day of the written month (the month clamped to 1–12): the nearest valid date. */
    private List<QuickFix> dateFix(FixContext ctx) {
        DocumentText t = ctx.text();
        int start = t.offsetAt(ctx.finding().range().start());
        int end = t.offsetAt(ctx.finding().range().end());
        java.util.regex.Matcher m = DATE.matcher(t.text().substring(start, end));
        if (!m.find()) {
            return List.of();
        }
        int year = Integer.parseInt(m.group(1));
        int month = Math.max(1, Math.min(12, Integer.parseInt(m.group(2))));
        int length = java.time.YearMonth.of(year, month).lengthOfMonth();
        int day = Math.max(1, Math.min(length, Integer.parseInt(m.group(3))));
        String fixed = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        if (fixed.equals(m.group())) {
            return List.of();
        }
        return List.of(QuickFix.of(
                "Change the date '" + m.group() + "' to '" + fixed + "'",
                code(),
                ctx.path(),
                List.of(FixText.replace(t, start + m.start(), start + m.end(), fixed)),
                false,
                true));
    }

    /** One candidate at the smallest distance, and that distance a typo's (at most 2). */
    static boolean unambiguous(String written, List<String> candidates) {
        String v =
                written.trim().toLowerCase(Locale.ROOT).replaceAll("[*_`]", "").replace(' ', '-');
        int best = Integer.MAX_VALUE;
        int count = 0;
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            int d = lc.startsWith(v) || v.startsWith(lc) ? 0 : Nearest.distance(v, lc);
            if (d < best) {
                best = d;
                count = 1;
            } else if (d == best) {
                count++;
            }
        }
        return count == 1 && best <= 2;
    }
}
