package dev.handoffls.features.structure;

import dev.handoffls.model.FrontMatter;
import dev.handoffls.model.MetadataValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ticket facts (spec §6): bold body keys, and status / priority values in the body or front matter. */
final class MetadataCompletion {
    static final List<String> KEYS = List.of("ID", "Status", "Assigned to", "Priority", "Due date", "Created by");
    static final List<String> PRIORITIES = List.of("critical", "high", "medium", "low");
    private static final Pattern FRONT_VALUE = Pattern.compile("(?i)^\\s*(status|priority)\\s*:\\s*(\\S*)$");
    private static final Pattern BODY_VALUE =
            Pattern.compile("(?i)^\\s*\\*\\*(status|priority)(?::\\*\\*|\\*\\*\\s*:)\\s*(\\S*)$");
    private static final Pattern BODY_KEY = Pattern.compile("^\\s*\\*\\*([A-Za-z][A-Za-z ]*)?$");

    private MetadataCompletion() {}

    /** After {@code status: } (or {@code priority: }) inside a ticket's front matter. */
    static Optional<List<CompletionItem>> frontMatter(CompletionContext ctx) {
        Optional<FrontMatter> fm = ctx.doc().frontMatter();
        if (fm.isEmpty()
                || ctx.line() <= fm.get().range().startLine()
                || ctx.line() >= fm.get().range().endLine()) {
            return Optional.empty();
        }
        Matcher m = FRONT_VALUE.matcher(ctx.before());
        if (!ctx.ticketLike() || !m.matches()) {
            return Optional.of(List.of());
        }
        return Optional.of(values(ctx, m.group(1), m.group(2)));
    }

    /** {@code **} at the start of a ticket line: the keys; after {@code **Status**: }: the values. */
    static Optional<List<CompletionItem>> body(CompletionContext ctx) {
        if (!ctx.ticketLike()) {
            return Optional.empty();
        }
        Matcher v = BODY_VALUE.matcher(ctx.before());
        if (v.matches()) {
            return Optional.of(values(ctx, v.group(1), v.group(2)));
        }
        Matcher k = BODY_KEY.matcher(ctx.before());
        if (!k.matches()) {
            return Optional.empty();
        }
        String partial = k.group(1) == null ? "" : k.group(1);
        List<CompletionItem> out = new ArrayList<>();
        for (String key : KEYS) {
            MetadataValue present = ctx.doc().bodyMetadata().get(key.toLowerCase(Locale.ROOT));
            if (present != null && present.keyRange().startLine() != ctx.line()) {
                continue;
            }
            out.add(new CompletionItem(
                    key, key + "**: ", "ticket metadata", "", CompletionKind.KEY, ctx.around(partial.length(), 0)));
        }
        return Optional.of(out);
    }

    private static List<CompletionItem> values(CompletionContext ctx, String key, String partial) {
        boolean status = key.equalsIgnoreCase("status");
        List<String> values = status ? ctx.index().configFor(ctx.doc().path()).statusValues() : PRIORITIES;
        return values.stream()
                .map(v -> new CompletionItem(
                        v,
                        v,
                        status ? "status" : "priority",
                        "",
                        CompletionKind.VALUE,
                        ctx.around(partial.length(), 0)))
                .toList();
    }
}
