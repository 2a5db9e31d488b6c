package dev.handoffls.rules.tickets;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.MetadataValue;
import dev.handoffls.model.NamedRef;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import dev.handoffls.text.DocumentText;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HL504: a ticket that another ticket consolidates is still unfinished, so the same work is on
 * everyone's list twice. A ticket is consolidated when its {@code handoff-….md} name appears in the
 * list right after a line of another (not cancelled) ticket that mentions "consolidat…"
 * ({@code **This Handoff Consolidates:**}); "consolidated into / by …" points the other way and does
 * not count. Reported on the consolidated ticket's status value (the body's when both state one), or
 * its first heading when it states none.
 */
public final class SupersededStillOpen implements Rule {
    private static final Pattern MENTION = Pattern.compile("(?i)consolidat\\p{L}*");
    private static final Pattern OTHER_WAY = Pattern.compile("(?i)\\s+(?:into|in|by|under|with|as)\\b");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)(?:[-*+]|\\d+[.)])(?:\\s+|$)");

    /** Per index snapshot (identity: weak keys), the consolidations by consolidated file name. */
    private static final Cache<WorkspaceIndex, Map<String, List<Consolidation>>> CACHE =
            CacheBuilder.newBuilder().weakKeys().build();

    /** A consolidating ticket and the entry of its list that names the consolidated one. */
    public record Consolidation(HandoffDocument by, NamedRef entry) {}

    @Override
    public Code code() {
        return Code.HL504;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.TICKETS, Fact.FILES);
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        if (doc.kind() != DocumentKind.HANDOFF) {
            return;
        }
        List<Consolidation> by = consolidationsOf(ctx.index(), doc);
        if (by.isEmpty()) {
            return;
        }
        List<String> statuses = ctx.config().statusValues();
        Optional<MetadataValue> body = TicketFacts.STATUS.fromBody(doc);
        Optional<MetadataValue> fm = TicketFacts.STATUS.fromFrontMatter(doc);
        boolean finished = body.isPresent()
                        && TicketFacts.status(body.get().value(), statuses)
                                .filter(TicketFacts::isFinished)
                                .isPresent()
                || fm.isPresent()
                        && TicketFacts.status(fm.get().value(), statuses)
                                .filter(TicketFacts::isFinished)
                                .isPresent();
        if (finished) {
            return;
        }
        Optional<MetadataValue> shown = body.or(() -> fm);
        Range range = shown.map(MetadataValue::valueRange).orElseGet(ctx::firstHeadingOrStart);
        String state = shown.map(
                        v -> "still '" + v.value().replaceAll("[*_`]", "").trim() + "'")
                .orElse("states no status");
        Consolidation first = by.get(0);
        String more = by.size() == 1 ? "" : " (and " + (by.size() - 1) + " more)";
        ctx.report(
                range,
                "consolidated by " + first.by().path() + more + " but " + state + ": set its status to superseded",
                by.stream()
                        .map(c -> new RelatedLocation(c.by().path(), c.entry().range(), "consolidated here"))
                        .toArray(RelatedLocation[]::new));
    }

    /** The other tickets that consolidate this one, in path order. */
    public static List<Consolidation> consolidationsOf(WorkspaceIndex index, HandoffDocument ticket) {
        Map<String, List<Consolidation>> all;
        try {
            all = CACHE.get(index, () -> scan(index));
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return all.getOrDefault(ticket.fileName(), List.of()).stream()
                .filter(c -> !c.by().path().equals(ticket.path()))
                .toList();
    }

    private static Map<String, List<Consolidation>> scan(WorkspaceIndex index) {
        Map<String, List<Consolidation>> out = new HashMap<>();
        for (HandoffDocument d : index.documents().values()) {
            List<String> statuses = index.configFor(d.path()).statusValues();
            if (d.kind() != DocumentKind.HANDOFF || d.handoffRefs().isEmpty() || cancelled(d, statuses)) {
                continue;
            }
            for (NamedRef r : consolidated(d)) {
                if (index.filesNamed(r.name()).stream()
                        .anyMatch(p -> !p.equals(d.path())
                                && index.document(p)
                                        .filter(t -> t.kind() == DocumentKind.HANDOFF)
                                        .isPresent())) {
                    out.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(new Consolidation(d, r));
                }
            }
        }
        out.values().forEach(l -> l.sort(Comparator.comparing(c -> c.by().path())));
        return out;
    }

    private static boolean cancelled(HandoffDocument d, List<String> statuses) {
        Optional<MetadataValue> v = TicketFacts.STATUS.fromBody(d).or(() -> TicketFacts.STATUS.fromFrontMatter(d));
        return v.flatMap(s -> TicketFacts.status(s.value(), statuses))
                .filter("cancelled"::equals)
                .isPresent();
    }

    /** The {@code handoff-….md} names in the lists right after a line that says the ticket consolidates. */
    public static List<NamedRef> consolidated(HandoffDocument doc) {
        String prose = doc.prose();
        if (!prose.toLowerCase(Locale.ROOT).contains("consolidat")) {
            return List.of();
        }
        DocumentText text = doc.text();
        List<NamedRef> out = new ArrayList<>();
        for (int line = 0; line < text.lineCount(); line++) {
            String p = prose.substring(text.lineStart(line), text.lineEnd(line));
            if (!mentionsConsolidating(p)) {
                continue;
            }
            Matcher own = LIST_ITEM.matcher(text.lineText(line));
            int minIndent = own.find() ? own.group(1).length() + 1 : 0;
            int[] span = listAfter(text, line, minIndent);
            if (span == null) {
                continue;
            }
            for (NamedRef r : doc.handoffRefs()) {
                int l = r.range().startLine();
                if (l >= span[0] && l < span[1] && !r.name().equals(doc.fileName())) {
                    out.add(r);
                }
            }
            line = span[1] - 1;
        }
        return out;
    }

    private static boolean mentionsConsolidating(String line) {
        Matcher m = MENTION.matcher(line);
        while (m.find()) {
            if (!OTHER_WAY.matcher(line).region(m.end(), line.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Lines [first item, end) of the list that directly follows {@code line}, indented at least {@code minIndent}. */
    private static int[] listAfter(DocumentText text, int line, int minIndent) {
        int first = line + 1;
        while (first < text.lineCount() && text.lineText(first).isBlank()) {
            first++;
        }
        if (first >= text.lineCount()) {
            return null;
        }
        Matcher m = LIST_ITEM.matcher(text.lineText(first));
        if (!m.find() || m.group(1).length() < minIndent) {
            return null;
        }
        int itemIndent = m.group(1).length();
        int end = first + 1;
        int lastContent = first;
        while (end < text.lineCount()) {
            String t = text.lineText(end);
            if (!t.isBlank()) {
                int indent = t.length() - t.stripLeading().length();
                boolean item = LIST_ITEM.matcher(t).find();
                if (!(item && indent >= itemIndent || indent > itemIndent)) {
                    break;
                }
                lastContent = end;
            }
            end++;
        }
        return new int[] {first, lastContent + 1};
    }
}
