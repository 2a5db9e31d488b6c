package dev.handoffls.index;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ListMultimap;
import dev.handoffls.config.HandoffConfig;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.IdReference;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The IDs of one pipeline (or the workspace-wide scope): definitions in origin order, references,
 * and the scope's PT. Derived from the documents alone, so two indexes holding the same documents
 * derive equal scope indexes.
 */
public final class ScopeIndex {
    private final String scope;
    private final List<HandoffDocument> documents;
    private final ImmutableListMultimap<String, DefinitionSite> definitions;
    /** Built on first request: no rule reads it, and a pipeline's references number tens of thousands. */
    private final Lazy<ImmutableListMultimap<String, ReferenceSite>> references;
    /** The documents that are not history PTs, in origin order (spec §4). */
    private final List<HandoffDocument> originOrdered;

    private final List<HandoffDocument> pts;
    private final Set<String> historyPts;
    private final ImmutableListMultimap<String, TeamSite> teamDefinitions;
    private final Map<String, Integer> highest;
    private final Set<String> adoptedPrefixes;
    private final Map<String, String> detectedTeamPrefixes;
    /**
     * The trail per configuration (in practice one), derived lazily like the index itself; keyed by
     * identity, since a configuration is one object per loaded file and hashing a record is not free.
     */
    private final Map<HandoffConfig, Trail> trails =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    ScopeIndex(String scope, List<HandoffDocument> docs) {
        this.scope = scope;
        this.documents = docs.stream()
                .sorted(Comparator.comparing(HandoffDocument::path))
                .toList();
        this.historyPts = historyPtVersions(documents);
        this.pts = documents.stream()
                .filter(d -> d.isPt() && !historyPts.contains(d.path()))
                .toList();

        ImmutableListMultimap.Builder<String, DefinitionSite> defs = ImmutableListMultimap.builder();
        ImmutableListMultimap.Builder<String, TeamSite> team = ImmutableListMultimap.builder();
        Map<String, Integer> max = new HashMap<>();
        Set<String> adopted = new HashSet<>();
        Map<List<String>, Integer> teamItemCounts = new HashMap<>();
        this.originOrdered = documents.stream()
                .filter(d -> !historyPts.contains(d.path()))
                .sorted(OriginOrder.DOCUMENTS)
                .toList();
        originOrdered.forEach(d -> {
            Set<String> seen = new HashSet<>();
            for (IdDefinition def : d.definitions()) {
                // The later of two duplicates in one document takes no part in cross-document rules.
                if (seen.add(def.id())) {
                    defs.put(def.id(), new DefinitionSite(d, def));
                }
                max.merge(def.token().prefix(), def.token().number(), Math::max);
                if (def.bracketed()) {
                    adopted.add(def.token().prefix());
                }
            }
            d.teamDefinitions().forEach(t -> team.put(t.id(), new TeamSite(d, t)));
            d.teamItems().forEach(t -> teamItemCounts.merge(List.of(t.prefix(), t.categoryPrefix()), 1, Integer::sum));
        });
        this.definitions = defs.build();
        this.references = Lazy.of(this::indexReferences);
        this.teamDefinitions = team.build();
        this.highest = Map.copyOf(max);
        this.adoptedPrefixes = Set.copyOf(adopted);
        Map<String, String> detected = new HashMap<>();
        teamItemCounts.forEach((key, count) -> {
            if (count >= 2) {
                detected.putIfAbsent(key.get(0), key.get(1));
            }
        });
        this.detectedTeamPrefixes = Map.copyOf(detected);
    }

    private ImmutableListMultimap<String, ReferenceSite> indexReferences() {
        ImmutableListMultimap.Builder<String, ReferenceSite> refs = ImmutableListMultimap.builder();
        for (HandoffDocument d : originOrdered) {
            for (IdReference r : d.references()) {
                for (String id : r.ids()) {
                    refs.put(id, new ReferenceSite(d, r));
                }
            }
        }
        return refs.build();
    }

    /** Files named PT-v{N}.md in one folder are versions of one PT; all but the highest N are history. */
    private static Set<String> historyPtVersions(List<HandoffDocument> docs) {
        Map<String, HandoffDocument> newest = new HashMap<>();
        for (HandoffDocument d : docs) {
            if (d.isPt() && d.ptVersion() != null) {
                newest.merge(d.location().folder(), d, (a, b) -> a.ptVersion() >= b.ptVersion() ? a : b);
            }
        }
        Set<String> history = new HashSet<>();
        for (HandoffDocument d : docs) {
            if (d.isPt() && d.ptVersion() != null && newest.get(d.location().folder()) != d) {
                history.add(d.path());
            }
        }
        return Set.copyOf(history);
    }

    public String scope() {
        return scope;
    }

    public List<HandoffDocument> documents() {
        return documents;
    }

    /** Scope definitions of an ID, origin first. */
    public List<DefinitionSite> definitions(String id) {
        return definitions.get(id);
    }

    public ListMultimap<String, DefinitionSite> allDefinitions() {
        return definitions;
    }

    public Optional<DefinitionSite> origin(String id) {
        List<DefinitionSite> sites = definitions.get(id);
        return sites.isEmpty() ? Optional.empty() : Optional.of(sites.get(0));
    }

    /** The first definition outside PTs: the statement every copy must repeat (spec §7). */
    public Optional<DefinitionSite> statementOrigin(String id) {
        return definitions.get(id).stream().filter(s -> !s.document().isPt()).findFirst();
    }

    public ListMultimap<String, ReferenceSite> allReferences() {
        return references.get();
    }

    /** The documents that are not history PTs, in origin order: the order the trail reads them in. */
    public List<HandoffDocument> originOrdered() {
        return originOrdered;
    }

    public boolean isDefined(String id) {
        return definitions.containsKey(id);
    }

    /** Team definitions of an ID (spec §4 v3), in origin order of their documents. */
    public List<TeamSite> teamDefinitions(String id) {
        return teamDefinitions.get(id);
    }

    public ListMultimap<String, TeamSite> allTeamDefinitions() {
        return teamDefinitions;
    }

    /** Defined in any form: by a handoff item, the PT, or a team definition. */
    public boolean isDefinedAnyForm(String id) {
        return definitions.containsKey(id) || teamDefinitions.containsKey(id);
    }

    /**
     * The prefixes this scope defines in bracketed form ({@code [AD-1]} in a handoff category or a PT
     * registry). A scope with none has not adopted the protocol; the reference rules that presume it
     * (HL301, HL206) check only these prefixes (spec §4, adoption).
     */
    public Set<String> adoptedPrefixes() {
        return adoptedPrefixes;
    }

    /**
     * The category prefix a team prefix stands for here: configured ({@code teamPrefixes}), or
     * detected because it labels two or more items of one handoff category in this scope.
     */
    public Optional<String> teamPrefixCategory(String prefix, Map<String, String> configured) {
        String c = configured.get(prefix);
        return Optional.ofNullable(c != null ? c : detectedTeamPrefixes.get(prefix));
    }

    /** Every distinct PT of the scope (history versions excluded). */
    public List<HandoffDocument> pts() {
        return pts;
    }

    /** The scope's one PT; empty when there is none or several (HL505). */
    public Optional<HandoffDocument> pt() {
        return pts.size() == 1 ? Optional.of(pts.get(0)) : Optional.empty();
    }

    public boolean isHistoryPt(String path) {
        return historyPts.contains(path);
    }

    /** One more than the highest number defined with the prefix anywhere in the scope. */
    public String nextFreeId(String prefix) {
        return prefix + "-" + (highest.getOrDefault(prefix, 0) + 1);
    }

    /** The trail of the scope's items across phases (spec §13), under the scope's configuration. */
    public Trail trail(HandoffConfig config) {
        synchronized (trails) {
            return trails.computeIfAbsent(config, c -> Trail.of(this, c));
        }
    }

    public int highestNumber(String prefix) {
        return highest.getOrDefault(prefix, 0);
    }
}
