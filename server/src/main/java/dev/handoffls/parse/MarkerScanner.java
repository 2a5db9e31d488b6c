package dev.handoffls.parse;

import dev.handoffls.model.IdToken;
import dev.handoffls.model.TrailMarker;
import dev.handoffls.model.TrailMarker.Kind;
import dev.handoffls.text.DocumentText;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closing and forwarding markers (spec §13), read once per document version from the prose mask, so
 * a marker inside code is not one. A marker begins a line or list item: the word, optionally bold, a
 * colon, then one or more IDs ({@code }, {@code }, {@code AD-1 by AD-7}).
 */
final class MarkerScanner {
    private static final Pattern LEAD = Pattern.compile(
            "^\\s{0,3}(?:[-*+]\\s+|\\d{1,3}[.)]\\s+)?(?:\\*\\*|__)?(?i:(resolved|mitigated|dropped|superseded|forwarded))"
                    + "(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?\\s*");
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]{0,9}-[1-9]\\d{0,8}(?![\\w-]|\\.\\d)");
    private static final Pattern LIST_JOIN = Pattern.compile("^\\s*(?:,|&|/|\\band\\b)?\\s*");
    private static final Pattern RANGE_JOIN = Pattern.compile("^\\s*(?:through|to|\\.\\.|–|—|~)\\s*");
    private static final Pattern BY = Pattern.compile("^\\s+by\\s+");
    private static final Pattern REASON_LEAD = Pattern.compile("^[\\s—–:;,(\\-]*");
    private static final int MAX_RANGE = 50;

    private MarkerScanner() {}

    static List<TrailMarker> scan(DocumentText text, String prose) {
        List<TrailMarker> out = new ArrayList<>();
        for (int line = 0; line < text.lineCount(); line++) {
            int start = text.lineStart(line);
            int end = text.lineEnd(line);
            int colon = prose.indexOf(':', start);
            if (colon < 0) {
                break; // no marker without its colon, here or further down
            }
            if (colon >= end) {
                line = text.positionAt(colon).line() - 1; // skip to the next line with a colon
                continue;
            }
            String l = prose.substring(start, end);
            Matcher m = LEAD.matcher(l);
            if (m.find()) {
                marker(text, l, start, m).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    private static java.util.Optional<TrailMarker> marker(DocumentText text, String line, int lineStart, Matcher lead) {
        Kind kind = Kind.valueOf(lead.group(1).toUpperCase(Locale.ROOT));
        List<String> ids = new ArrayList<>();
        List<Range> ranges = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int at = lead.end();
        String supersededBy = null;
        while (true) {
            Matcher id = ID.matcher(line).region(at, line.length());
            if (!id.lookingAt()) {
                break;
            }
            String first = id.group();
            ranges.add(text.range(lineStart + id.start(), lineStart + id.end()));
            texts.add(first);
            at = id.end();
            Matcher join = RANGE_JOIN.matcher(line).region(at, line.length());
            Matcher to = join.lookingAt() ? ID.matcher(line).region(join.end(), line.length()) : null;
            if (to != null && to.lookingAt() && expand(first, to.group(), ids)) {
                ranges.add(text.range(lineStart + to.start(), lineStart + to.end()));
                texts.add(to.group());
                at = to.end();
            } else {
                ids.add(first);
            }
            if (kind == Kind.SUPERSEDED) {
                Matcher by = BY.matcher(line).region(at, line.length());
                if (by.lookingAt()) {
                    Matcher successor = ID.matcher(line).region(by.end(), line.length());
                    if (successor.lookingAt()) {
                        supersededBy = successor.group();
                        at = successor.end();
                        break;
                    }
                }
            }
            Matcher next = LIST_JOIN.matcher(line).region(at, line.length());
            if (!next.lookingAt() || next.end() == at && at < line.length() && line.charAt(at) != ' ') {
                break;
            }
            Matcher peek = ID.matcher(line).region(next.end(), line.length());
            if (!peek.lookingAt()) {
                break;
            }
            at = next.end();
        }
        if (ids.isEmpty()) {
            return java.util.Optional.empty();
        }
        Matcher reasonLead = REASON_LEAD.matcher(line).region(at, line.length());
        String reason = (reasonLead.lookingAt() ? line.substring(reasonLead.end()) : line.substring(at))
                .replaceAll("\\*\\*|__", "")
                .strip();
        Range range = text.range(
                lineStart + lead.start(1), lineStart + line.stripTrailing().length());
        return java.util.Optional.of(new TrailMarker(kind, ids, ranges, texts, supersededBy, reason, range));
    }

    /** {@code }: both ends share a prefix and ascend, at most 50 IDs. */
    private static boolean expand(String from, String to, List<String> ids) {
        IdToken a = IdToken.parse(from);
        IdToken b = IdToken.parse(to);
        if (!a.prefix().equals(b.prefix()) || b.number() <= a.number() || b.number() - a.number() >= MAX_RANGE) {
            return false;
        }
        for (int n = a.number(); n <= b.number(); n++) {
            ids.add(a.prefix() + "-" + n);
        }
        return true;
    }
}
