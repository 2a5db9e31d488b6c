package dev.handoffls.features.fixes;

import dev.handoffls.features.TextEdit;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.MetadataValue;
import dev.handoffls.rules.tickets.TicketFacts;
import dev.handoffls.text.DocumentText;
import java.util.List;
import java.util.Optional;

/** Ticket metadata edits: where a value's words are, and where new {@code **Key**: value} lines go. */
final class TicketText {
    private static final String MARKUP = "*_`\"'";

    private TicketText() {}

    /** [start, end) offsets of the value's leading words (letters, digits, spaces, '-', '_'), or null. */
    static int[] mainPart(DocumentText t, MetadataValue v) {
        String s = t.text();
        int start = t.offsetAt(v.valueRange().start());
        int end = t.offsetAt(v.valueRange().end());
        int a = start;
        while (a < end && MARKUP.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        int b = a;
        while (b < end
                && (Character.isLetterOrDigit(s.charAt(b))
                        || s.charAt(b) == ' '
                        || s.charAt(b) == '-'
                        || s.charAt(b) == '_')) {
            b++;
        }
        while (b > a && s.charAt(b - 1) == ' ') {
            b--;
        }
        return b > a ? new int[] {a, b} : null;
    }

    /**
     * [start, end) of the status word a value starts with ({@code In Progress} for
     * {@code in-progress}), commentary after it excluded; the main part when it does not start with it.
     */
    static int[] statusSpan(DocumentText t, MetadataValue v, String status) {
        int[] main = mainPart(t, v);
        if (main == null) {
            return null;
        }
        String s = t.text();
        int i = main[0];
        for (int j = 0; j < status.length(); j++) {
            char c = status.charAt(j);
            if (c == '-') {
                int k = i;
                while (k < main[1] && (s.charAt(k) == '-' || s.charAt(k) == '_' || s.charAt(k) == ' ')) {
                    k++;
                }
                if (k == i) {
                    return main;
                }
                i = k;
            } else if (i < main[1] && Character.toLowerCase(s.charAt(i)) == c) {
                i++;
            } else {
                return main;
            }
        }
        return new int[] {main[0], i};
    }

    /** Replace the status a value states with {@code status}, keeping markup and commentary. */
    static Optional<TextEdit> setStatus(DocumentText t, MetadataValue v, List<String> statusValues, String status) {
        Optional<String> current = TicketFacts.status(v.value(), statusValues);
        int[] span = current.isPresent() ? statusSpan(t, v, current.get()) : mainPart(t, v);
        if (span == null) {
            return Optional.empty();
        }
        return Optional.of(FixText.replace(t, span[0], span[1], status));
    }

    /** The body key a missing fact is written with. */
    static String bodyKey(TicketFacts fact) {
        return switch (fact) {
            case ID -> "ID";
            case STATUS -> "Status";
            case ASSIGNEE -> "Assigned to";
            case CREATED -> "Created";
            case AUTHOR -> "Created by";
            case PRIORITY -> "Priority";
            case DUE -> "Due date";
        };
    }

    /** The body keys a fact is read from (as {@code TicketFacts} reads them), lower-case. */
    static List<String> bodyKeys(TicketFacts fact) {
        return switch (fact) {
            case ID -> List.of("id", "task id");
            case STATUS -> List.of("status");
            case ASSIGNEE -> List.of("assigned to", "to");
            case CREATED -> List.of("created", "date");
            case AUTHOR -> List.of("created by", "from");
            case PRIORITY -> List.of("priority");
            case DUE -> List.of("due date", "due");
        };
    }

    /** Whether the fact is stated, or has a body line already (maybe with an empty value to fill in). */
    static boolean hasLine(HandoffDocument doc, TicketFacts fact) {
        return fact.value(doc).isPresent() || bodyKeys(fact).stream().anyMatch(doc.bodyMetadata()::containsKey);
    }

    /**
     * New metadata lines: after the last body line stating a ticket fact, in its form ({@code **Key**:}
     * or {@code **Key:**}, and its list marker), else as a paragraph after the first heading, else at
     * the start of the body.
     */
    static TextEdit insertLines(HandoffDocument doc, List<String[]> keyValues, String eol) {
        DocumentText t = doc.text();
        Optional<MetadataValue> anchor = doc.bodyMetadata().values().stream()
                .filter(v -> isFactKey(v.key()))
                .max((a, b) -> a.keyRange().start().compareTo(b.keyRange().start()));
        if (anchor.isPresent()) {
            int line = anchor.get().keyRange().startLine();
            int keyStart = t.offsetAt(anchor.get().keyRange().start());
            int keyEnd = t.offsetAt(anchor.get().keyRange().end());
            String lead = t.text().substring(t.lineStart(line), Math.max(t.lineStart(line), keyStart - 2));
            boolean colonInside = t.text().startsWith(":**", keyEnd);
            List<String> lines = keyValues.stream()
                    .map(kv -> lead + format(kv[0], kv[1], colonInside))
                    .toList();
            return FixText.insertLinesAfter(t, line, lines, eol);
        }
        List<String> lines =
                keyValues.stream().map(kv -> format(kv[0], kv[1], false)).toList();
        String block = String.join(eol, lines);
        Optional<dev.handoffls.model.Heading> heading = doc.firstHeading();
        if (heading.isPresent()) {
            int line = heading.get().line();
            boolean nextNonBlank =
                    line + 1 < t.lineCount() && !t.lineText(line + 1).isBlank();
            return FixText.insert(t, t.lineEnd(line), eol + eol + block + (nextNonBlank ? eol : ""));
        }
        int line = doc.frontMatter().map(fm -> fm.range().endLine() + 1).orElse(0);
        line = Math.min(line, t.lineCount() - 1);
        boolean nonBlank = !t.lineText(line).isBlank();
        return FixText.insert(t, t.lineStart(line), block + eol + (nonBlank ? eol : ""));
    }

    private static String format(String key, String value, boolean colonInside) {
        String k = colonInside ? "**" + key + ":**" : "**" + key + "**:";
        return k + " " + value;
    }

    private static boolean isFactKey(String key) {
        for (TicketFacts f : TicketFacts.values()) {
            if (bodyKeys(f).contains(key)) {
                return true;
            }
        }
        return false;
    }
}
