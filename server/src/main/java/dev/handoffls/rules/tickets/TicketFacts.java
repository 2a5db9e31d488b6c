package dev.handoffls.rules.tickets;

import dev.handoffls.model.FrontMatter;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.MetadataValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The facts a ticket states, in front matter or bold body lines (spec §6). */
public enum TicketFacts {
    ID(List.of("id"), List.of("id", "task id"), true, "**ID**: handoff-…"),
    STATUS(List.of("status"), List.of("status"), true, "**Status**: open"),
    ASSIGNEE(List.of("assigned_to", "assignee"), List.of("assigned to", "to"), true, "**Assigned to**: name"),
    CREATED(List.of("date", "created"), List.of("created", "date"), false, "**Created**: YYYY-MM-DD"),
    AUTHOR(List.of("author", "created_by"), List.of("created by", "from"), false, "**Created by**: name"),
    PRIORITY(List.of("priority"), List.of("priority"), false, "**Priority**: medium"),
    DUE(List.of("due"), List.of("due date", "due"), false, "**Due date**: YYYY-MM-DD");

    private static final Pattern DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final List<String> FINISHED = List.of("completed", "cancelled", "superseded");
    private static final Pattern PRIORITY_VALUE =
            Pattern.compile("(?i)^(critical|high|medium|low|p[0-3])(?![\\p{L}\\p{N}])");

    private final List<String> frontMatterKeys;
    private final List<String> bodyKeys;
    private final boolean required;
    private final String example;

    TicketFacts(List<String> frontMatterKeys, List<String> bodyKeys, boolean required, String example) {
        this.frontMatterKeys = frontMatterKeys;
        this.bodyKeys = bodyKeys;
        this.required = required;
        this.example = example;
    }

    public boolean required() {
        return required;
    }

    public String example() {
        return example;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Optional<MetadataValue> fromFrontMatter(HandoffDocument doc) {
        Optional<FrontMatter> fm = doc.frontMatter().filter(FrontMatter::parsed);
        for (String key : frontMatterKeys) {
            Optional<FrontMatter.Entry> e = fm.flatMap(f -> f.get(key))
                    .filter(x -> x.value() != null && !x.value().isBlank());
            if (e.isPresent()) {
                return Optional.of(new MetadataValue(
                        key, e.get().value().trim(), e.get().keyRange(), e.get().valueRange(), true));
            }
        }
        return Optional.empty();
    }

    public Optional<MetadataValue> fromBody(HandoffDocument doc) {
        for (String key : bodyKeys) {
            MetadataValue v = doc.bodyMetadata().get(key);
            if (v != null && !v.value().isBlank()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public Optional<MetadataValue> value(HandoffDocument doc) {
        return fromFrontMatter(doc).or(() -> fromBody(doc));
    }

    /** The configured status a value means, allowing commentary after it ({@code open (waiting on X)}). */
    public static Optional<String> status(String value, List<String> statusValues) {
        String v = value.trim()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[*_`]", " ")
                .trim()
                .replaceAll("[ _]+", "-");
        String best = null;
        for (String s : statusValues) {
            if (v.startsWith(s)
                    && (v.length() == s.length() || !Character.isLetterOrDigit(v.charAt(s.length())))
                    && (best == null || s.length() > best.length())) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    public static boolean isFinished(String status) {
        return FINISHED.contains(status);
    }

    public static boolean isPriority(String value) {
        return PRIORITY_VALUE.matcher(value.trim().replaceAll("[*_`]", "")).find();
    }

    /** Empty when the value does not start like a date; a date or an error message otherwise. */
    public static Optional<Object> date(String value) {
        Matcher m = DATE.matcher(value.trim().replaceAll("^[*_`\"]+", ""));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.of("'" + m.group() + "' is not a real calendar date");
        }
    }
}
