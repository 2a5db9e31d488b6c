package dev.handoffls.features.structure;

import dev.handoffls.features.Location;
import dev.handoffls.index.DefinitionSite;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.index.WorkspaceIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Workspace symbol search over every scope definition site of every ID (spec §10: "by ID or words of
 * its statement"). A query that looks like an ID or its start ({@code AD}, {@code ad-1}) matches IDs
 * that start with it; any other query matches statements that contain each of its words. Both ignore
 * case. Exact ID matches come first, then ID order, then path; at most {@value #LIMIT} results.
 */
public final class WorkspaceSymbols {
    static final int LIMIT = 500;
    private static final Pattern ID_LIKE = Pattern.compile("([A-Za-z]+)(-\\d*)?");

    private WorkspaceSymbols() {
    }

    public static List<WorkspaceSymbol> search(WorkspaceIndex index, String query) {
        String q = query == null ? "" : query.trim();
        boolean byId = !q.isEmpty() && looksLikeId(index, q);
        String upper = q.toUpperCase(Locale.ROOT);
        List<String> words = q.isEmpty() ? List.of()
                : Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+")).toList();
        List<DefinitionSite> hits = new ArrayList<>();
        for (String scope : index.scopes()) {
            ScopeIndex s = index.scope(scope);
            for (DefinitionSite site : s.allDefinitions().values()) {
                String id = site.definition().id();
                boolean match = q.isEmpty()
                        || (byId ? id.toUpperCase(Locale.ROOT).startsWith(upper)
                                : containsAll(site.definition().statement().toLowerCase(Locale.ROOT), words));
                if (match) {
                    hits.add(site);
                }
            }
        }
        Comparator<DefinitionSite> order = Comparator
                .comparing((DefinitionSite d) -> !d.definition().id().equalsIgnoreCase(q))
                .thenComparing(d -> d.definition().token())
                .thenComparing(DefinitionSite::path)
                .thenComparing(d -> d.definition().range().start());
        return hits.stream().sorted(order).limit(LIMIT).map(WorkspaceSymbols::symbol).toList();
    }

    /** Letters that begin a configured prefix, optionally followed by {@code -} and digits. */
    private static boolean looksLikeId(WorkspaceIndex index, String q) {
        Matcher m = ID_LIKE.matcher(q);
        if (!m.matches()) {
            return false;
        }
        String letters = m.group(1).toUpperCase(Locale.ROOT);
        return index.configs().all().stream().flatMap(c -> c.config().idPrefixes().keySet().stream())
                .anyMatch(p -> m.group(2) != null ? p.equalsIgnoreCase(letters) : p.toUpperCase(Locale.ROOT).startsWith(letters));
    }

    private static boolean containsAll(String statement, List<String> words) {
        return words.stream().allMatch(statement::contains);
    }

    private static WorkspaceSymbol symbol(DefinitionSite site) {
        String statement = Labels.oneLine(site.definition().statement());
        return new WorkspaceSymbol(site.definition().id(), statement.isEmpty() ? site.path() : statement + " — " + site.path(),
                new Location(site.path(), site.definition().range()));
    }
}
