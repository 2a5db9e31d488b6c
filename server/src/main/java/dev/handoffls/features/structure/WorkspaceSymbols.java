package dev.handoffls.features.structure;

import dev.handoffls.features.Location;
import dev.handoffls.index.DefinitionSite;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.index.TeamSite;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.IdToken;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Workspace symbol search over every scope definition site of every ID, handoff and team definitions (spec §10: "by ID or words of
 * its statement"). A query that looks like an ID or its start ({@code AD}, {@code ad-1}) matches IDs
 * that start with it; any other query matches statements that contain each of its words. Both ignore
 * case. Exact ID matches come first, then ID order, then path; at most {@value #LIMIT} results.
 */
public final class WorkspaceSymbols {
    static final int LIMIT = 500;
    private static final Pattern ID_LIKE = Pattern.compile("([A-Za-z]+)(-\\d*)?");

    private WorkspaceSymbols() {}

    public static List<WorkspaceSymbol> search(WorkspaceIndex index, String query) {
        String q = query == null ? "" : query.trim();
        boolean byId = !q.isEmpty() && looksLikeId(index, q);
        String upper = q.toUpperCase(Locale.ROOT);
        List<String> words = q.isEmpty()
                ? List.of()
                : Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+")).toList();
        List<Site> hits = new ArrayList<>();
        for (String scope : index.scopes()) {
            ScopeIndex s = index.scope(scope);
            List<Site> sites = new ArrayList<>();
            for (DefinitionSite d : s.allDefinitions().values()) {
                sites.add(new Site(
                        d.definition().id(),
                        d.definition().statement(),
                        d.path(),
                        d.definition().range()));
            }
            for (TeamSite t : s.allTeamDefinitions().values()) {
                sites.add(new Site(
                        t.definition().id(),
                        t.definition().statement(),
                        t.path(),
                        t.definition().range()));
            }
            for (Site site : sites) {
                boolean match = q.isEmpty()
                        || (byId
                                ? site.id().toUpperCase(Locale.ROOT).startsWith(upper)
                                : containsAll(site.statement().toLowerCase(Locale.ROOT), words));
                if (match) {
                    hits.add(site);
                }
            }
        }
        Comparator<Site> order = Comparator.comparing((Site d) -> !d.id().equalsIgnoreCase(q))
                .thenComparing(d -> IdToken.parse(d.id()))
                .thenComparing(Site::path)
                .thenComparing(d -> d.range().start());
        return hits.stream()
                .sorted(order)
                .limit(LIMIT)
                .map(WorkspaceSymbols::symbol)
                .toList();
    }

    /** A handoff or team definition site (spec §4 v3: workspace symbols know both). */
    private record Site(String id, String statement, String path, Range range) {}

    /** Letters that begin a configured prefix, optionally followed by {@code -} and digits. */
    private static boolean looksLikeId(WorkspaceIndex index, String q) {
        Matcher m = ID_LIKE.matcher(q);
        if (!m.matches()) {
            return false;
        }
        String letters = m.group(1).toUpperCase(Locale.ROOT);
        return index.configs().all().stream()
                .flatMap(c -> c.config().idPrefixes().keySet().stream())
                .anyMatch(p -> m.group(2) != null
                        ? p.equalsIgnoreCase(letters)
                        : p.toUpperCase(Locale.ROOT).startsWith(letters));
    }

    private static boolean containsAll(String statement, List<String> words) {
        return words.stream().allMatch(statement::contains);
    }

    private static WorkspaceSymbol symbol(Site site) {
        String statement = Labels.oneLine(site.statement());
        return new WorkspaceSymbol(
                site.id(),
                statement.isEmpty() ? site.path() : statement + " — " + site.path(),
                new Location(site.path(), site.range()));
    }
}
