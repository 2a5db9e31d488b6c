package dev.handoffls.features.structure;

import dev.handoffls.index.DefinitionSite;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.index.TeamSite;
import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.IdToken;
import dev.handoffls.model.TeamDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** IDs: the next free one at the start of a category item, the scope's IDs after a partial ID. */
final class IdCompletion {
    /** A list item opened up to {@code [}, perhaps with the start of an ID typed after it. */
    private static final Pattern ITEM_OPEN = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+\\[([A-Za-z]*-?\\d*)$");

    private static final Pattern PARTIAL_ID = Pattern.compile("([A-Z]+)(-\\d*)?$");

    private IdCompletion() {}

    /** After {@code - [} in an ID category of a Downstream Handoff or PT registry: the next free ID. */
    static Optional<List<CompletionItem>> nextFree(CompletionContext ctx) {
        Matcher m = ITEM_OPEN.matcher(ctx.before());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Category> category = category(ctx.doc(), ctx.line()).filter(Category::ownsIds);
        if (category.isEmpty()) {
            return Optional.empty();
        }
        String prefix = category.get().prefix();
        ScopeIndex scope = ctx.index().scopeOf(ctx.doc());
        int highest = Math.max(
                scope.highestNumber(prefix),
                ctx.doc().definitions().stream()
                        .filter(d -> d.token().prefix().equals(prefix))
                        .mapToInt(d -> d.token().number())
                        .max()
                        .orElse(0));
        String id = prefix + "-" + (highest + 1);
        int ahead = ctx.after().startsWith("] ") ? 2 : ctx.after().startsWith("]") ? 1 : 0;
        String taken = highest == 0
                ? "No " + prefix + " ID is defined in this scope yet."
                : prefix + "-1 … " + prefix + "-" + highest + " are taken in this scope.";
        return Optional.of(List.of(new CompletionItem(
                id,
                id + "] ",
                "next free ID of " + category.get().name(),
                taken,
                CompletionKind.NEXT_ID,
                ctx.around(m.group(1).length(), ahead))));
    }

    /** The innermost category whose lines (below its heading) hold the line. */
    static Optional<Category> category(HandoffDocument doc, int line) {
        return Stream.concat(doc.handoff().stream(), doc.registry().stream())
                .map(HandoffSection::categories)
                .flatMap(List::stream)
                .filter(c -> c.heading().line() < line && line < c.endLine())
                .reduce((a, b) -> b.heading().line() >= a.heading().line() ? b : a);
    }

    /** A partial ID before the cursor ({@code A}, {@code AD}, {@code AD-1}): every ID that starts so. */
    static Optional<List<CompletionItem>> ids(CompletionContext ctx) {
        Matcher m = PARTIAL_ID.matcher(ctx.before());
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group();
        if (m.start() > 0 && isWordChar(ctx.before().charAt(m.start() - 1)) || !startsAPrefix(ctx, m)) {
            return Optional.empty();
        }
        Map<String, CompletionItem> byId = new LinkedHashMap<>();
        ScopeIndex scope = ctx.index().scopeOf(ctx.doc());
        for (String id : scope.allDefinitions().keySet()) {
            DefinitionSite origin = scope.origin(id).orElseThrow();
            byId.put(id, item(ctx, id, origin.definition().statement(), "Defined in `" + origin.path() + "`", word));
        }
        for (IdDefinition d : ctx.doc().definitions()) {
            byId.putIfAbsent(d.id(), item(ctx, d.id(), d.statement(), "Defined in this document", word));
        }
        for (String id : scope.allTeamDefinitions().keySet()) {
            TeamSite t = scope.teamDefinitions(id).get(0);
            byId.putIfAbsent(
                    id,
                    item(
                            ctx,
                            id,
                            t.definition().statement(),
                            "Defined by a " + t.definition().form().label + " in `" + t.path() + "`",
                            word));
        }
        for (TeamDefinition d : ctx.doc().teamDefinitions()) {
            byId.putIfAbsent(d.id(), item(ctx, d.id(), d.statement(), "Defined in this document", word));
        }
        List<CompletionItem> out = new ArrayList<>();
        byId.values().stream()
                .filter(i -> i.label().startsWith(word))
                .sorted((a, b) -> IdToken.parse(a.label()).compareTo(IdToken.parse(b.label())))
                .forEach(out::add);
        return Optional.of(out);
    }

    private static boolean startsAPrefix(CompletionContext ctx, Matcher m) {
        String letters = m.group(1);
        boolean dash = m.group(2) != null;
        return ctx.index().configFor(ctx.doc().path()).idPrefixes().keySet().stream()
                .anyMatch(p -> dash ? p.equals(letters) : p.startsWith(letters));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    private static CompletionItem item(CompletionContext ctx, String id, String statement, String where, String word) {
        String detail = Labels.oneLine(statement);
        String doc = statement.isBlank() ? where : statement.strip() + "\n\n" + where;
        return new CompletionItem(id, id, detail, doc, CompletionKind.ID, ctx.around(word.length(), 0));
    }
}
