package dev.handoffls.index;

import dev.handoffls.config.HandoffConfig;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.TeamItem;
import dev.handoffls.model.TrailMarker;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trail of a scope's handoff items across phases (spec §13): for each item (defined in a handoff
 * category or PT registry, bracketed, unbracketed or with a team prefix) its sites in phase order —
 * definition, restatements, the PT, references, directives, closing and forwarding markers — and how
 * it was closed, if it was. Derived from the scope's documents alone, like {@link ScopeIndex}.
 */
public final class Trail {
    private static final Pattern PT_CLOSED = Pattern.compile("(?i)\\[(resolved|mitigated|dropped|superseded)\\]\\s*$");

    /** What a site does to the item. */
    public enum SiteKind {
        DEF("def"),
        RESTATE("restate"),
        PT("pt"),
        REF("ref"),
        DIRECTIVE("directive"),
        CLOSED("closed"),
        FORWARDED("forwarded");

        public final String label;

        SiteKind(String label) {
            this.label = label;
        }
    }

    /** One place of the trail; {@code marker} for the closing and forwarding kinds. */
    public record Site(SiteKind kind, HandoffDocument document, Range range, TrailMarker marker) {
        public Integer phase() {
            return document.location().phase();
        }

        public String path() {
            return document.path();
        }
    }

    /**
     * A tracked item.
     *
     * @param phase      the phase of the first coordinator L2 that carries it, else of its origin
     * @param carried    whether a coordinator L2 (or the PT) defines it: an item of a worker only is not
     *                   yet the phase's handoff (HL602 covers it)
     * @param mustTrack  whether its category is in {@code mustTrack}
     */
    public record Item(
            String id,
            String categoryPrefix,
            String statement,
            Site origin,
            Integer phase,
            boolean carried,
            boolean mustTrack) {}

    /** How an item was closed: the first closing marker in phase order, or a closing word in the PT. */
    public record Closure(TrailMarker.Kind kind, Site site, String supersededBy) {
        public Integer phase() {
            return site.phase();
        }
    }

    private final List<HandoffDocument> documents;
    private final Map<String, Item> items;
    /** Definition sites by ID (one per document at most), in phase order; IDs in the order first defined. */
    private final Map<String, List<Site>> definitionSites;
    /** The IDs each document defines (as an item of the trail), in the order defined. */
    private final Map<HandoffDocument, Set<String>> definedIn;
    /** Every site of an ID, collected on first request: most IDs are never asked for on a keystroke. */
    private final Map<String, List<Site>> sites = new ConcurrentHashMap<>();
    /** For a scope of many documents, the documents that mention each ID (built on first need). */
    private volatile Map<String, List<HandoffDocument>> mentioners;

    private final Map<String, Closure> closures;
    private final TreeSet<Integer> coordinatorPhases;
    private final List<HandoffDocument> coordinatorL2s;

    /** Up to this many documents, an ID's sites are collected by asking every document of the scope. */
    private static final int ASK_EVERY_DOCUMENT = 32;

    private Trail(
            List<HandoffDocument> documents,
            Map<String, List<Site>> definitionSites,
            Map<HandoffDocument, Set<String>> definedIn,
            Map<String, Closure> closures,
            TreeSet<Integer> coordinatorPhases,
            List<HandoffDocument> coordinatorL2s,
            ItemFacts facts) {
        this.documents = documents;
        this.definitionSites = definitionSites;
        this.definedIn = definedIn;
        this.closures = closures;
        this.coordinatorPhases = coordinatorPhases;
        this.coordinatorL2s = coordinatorL2s;
        this.items = items(facts); // last: an item defined in the PT alone reads its sites
    }

    /**
     * Definitions, items and closures are worked out here; the sites of references and markers only when
     * an ID's sites are asked for, from each document's own {@link MentionSites}.
     */
    static Trail of(ScopeIndex scope, HandoffConfig config) {
        List<HandoffDocument> docs = scope.originOrdered();
        Map<String, List<Site>> byId = new LinkedHashMap<>();
        Map<HandoffDocument, Set<String>> definedIn = new IdentityHashMap<>();
        Map<String, String> category = new LinkedHashMap<>();
        Map<String, String> statements = new HashMap<>();
        Map<String, Closure> closures = new LinkedHashMap<>();
        Set<String> carried = new HashSet<>();
        for (HandoffDocument d : docs) {
            Set<String> definedHere = new LinkedHashSet<>();
            for (IdDefinition def : d.definitions()) {
                if (definedHere.add(def.id())) {
                    defineSite(
                            byId,
                            category,
                            statements,
                            d,
                            def.id(),
                            def.categoryPrefix(),
                            def.statement(),
                            def.range());
                    carryIfHandoff(d, def.id(), carried);
                    ptClosure(d, def.id(), def.statement(), def.range(), closures);
                }
            }
            for (TeamItem t : d.teamItems()) {
                Optional<String> cat = scope.teamPrefixCategory(t.prefix(), config.teamPrefixes());
                if (cat.isPresent() && definedHere.add(t.label())) {
                    defineSite(byId, category, statements, d, t.label(), cat.get(), t.statement(), t.range());
                    carryIfHandoff(d, t.label(), carried);
                    ptClosure(d, t.label(), t.statement(), t.range(), closures);
                }
            }
            if (!definedHere.isEmpty()) {
                definedIn.put(d, Collections.unmodifiableSet(definedHere));
            }
            for (TrailMarker m : d.markers()) {
                if (m.kind().closes()) {
                    for (String id : m.ids()) {
                        Site site = new Site(SiteKind.CLOSED, d, m.range(), m);
                        closures.merge(id, new Closure(m.kind(), site, m.supersededBy()), Trail::earlier);
                    }
                }
            }
        }
        byId.replaceAll((id, list) -> Collections.unmodifiableList(list));
        TreeSet<Integer> phases = new TreeSet<>();
        List<HandoffDocument> coordinators = new ArrayList<>();
        for (HandoffDocument d : docs) {
            if (isCoordinatorL2(d) && d.location().phase() != null) {
                phases.add(d.location().phase());
                coordinators.add(d);
            }
        }
        // Read-only views, not copies: an L2 of 50,000 items would be hashed twice more.
        return new Trail(
                docs,
                Collections.unmodifiableMap(byId),
                definedIn,
                Collections.unmodifiableMap(closures),
                phases,
                List.copyOf(coordinators),
                new ItemFacts(category, statements, carried, config));
    }

    /**
     * What the items are made of, gathered with the definitions.
     *
     * @param category   an ID's category prefix, IDs in the order first defined
     * @param statements an ID's statement where it was first stated
     * @param carried    the IDs a coordinator L2 or the PT defines
     */
    private record ItemFacts(
            Map<String, String> category, Map<String, String> statements, Set<String> carried, HandoffConfig config) {}

    /** The items, in the order first defined (loops, not streams: an L2 can hold 50,000 items). */
    private Map<String, Item> items(ItemFacts facts) {
        Map<String, Item> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : facts.category().entrySet()) {
            String id = e.getKey();
            String cat = e.getValue();
            List<Site> defs = definitionSites.get(id); // one per document, in phase order
            Site origin = null;
            Integer phase = null;
            for (Site s : defs) {
                if (origin == null && s.kind() == SiteKind.DEF) {
                    origin = s;
                }
                if (phase == null && isCoordinatorL2(s.document()) && s.phase() != null) {
                    phase = s.phase();
                }
            }
            if (origin == null) {
                origin = sites(id).get(0); // defined in the PT alone: where it was first mentioned
            }
            out.put(
                    id,
                    new Item(
                            id,
                            cat,
                            facts.statements().get(id),
                            origin,
                            phase != null ? phase : origin.phase(),
                            facts.carried().contains(id),
                            facts.config().mustTrack().contains(cat)));
        }
        return Collections.unmodifiableMap(out);
    }

    private static void defineSite(
            Map<String, List<Site>> byId,
            Map<String, String> category,
            Map<String, String> statements,
            HandoffDocument d,
            String id,
            String categoryPrefix,
            String statement,
            Range range) {
        List<Site> list = byId.computeIfAbsent(id, k -> new ArrayList<>(2)); // definitions only
        SiteKind kind = d.isPt() ? SiteKind.PT : list.isEmpty() ? SiteKind.DEF : SiteKind.RESTATE;
        list.add(new Site(kind, d, range, null));
        category.putIfAbsent(id, categoryPrefix);
        if (!d.isPt()) {
            statements.putIfAbsent(id, statement);
        } else {
            statements.putIfAbsent(
                    id, PT_CLOSED.matcher(statement).replaceFirst("").strip());
        }
    }

    private static void carryIfHandoff(HandoffDocument d, String id, Set<String> carried) {
        if (isCoordinatorL2(d) || d.isPt()) {
            carried.add(id);
        }
    }

    /** A PT item whose statement ends with {@code [RESOLVED]} (any case) is closed (spec §13). */
    private static void ptClosure(
            HandoffDocument d, String id, String statement, Range range, Map<String, Closure> out) {
        if (!d.isPt()) {
            return;
        }
        Matcher m = PT_CLOSED.matcher(statement);
        if (m.find()) {
            TrailMarker.Kind kind = TrailMarker.Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            TrailMarker marker =
                    new TrailMarker(kind, List.of(id), List.of(range), List.of(id), null, "in the PT", range);
            out.merge(id, new Closure(kind, new Site(SiteKind.CLOSED, d, range, marker), null), Trail::earlier);
        }
    }

    /** The closure of the earlier phase (a phase before none: the PT has no phase). */
    private static Closure earlier(Closure a, Closure b) {
        Integer pa = a.phase();
        Integer pb = b.phase();
        if (pa == null) {
            return pb == null ? a : b;
        }
        return pb == null || pa <= pb ? a : b;
    }

    static boolean isCoordinatorL2(HandoffDocument d) {
        return d.isL2() && d.coordinator();
    }

    /** Every tracked item, by ID. */
    public Map<String, Item> items() {
        return items;
    }

    public Optional<Item> item(String id) {
        return Optional.ofNullable(items.get(id));
    }

    /** The sites of an ID (tracked or merely mentioned) in phase order; read-only. */
    public List<Site> sites(String id) {
        List<Site> known = sites.get(id);
        if (known == null) {
            known = collectSites(id);
            sites.putIfAbsent(id, known);
        }
        return known;
    }

    /**
     * Each document's sites in its place in phase order, and within a document by position (its
     * definition before references at the same place, as they were found).
     */
    private List<Site> collectSites(String id) {
        List<Site> defs = definitionSites.getOrDefault(id, List.of());
        List<Site> out = new ArrayList<>();
        int nextDef = 0;
        for (HandoffDocument d : documentsMentioning(id)) {
            int from = out.size();
            if (nextDef < defs.size() && defs.get(nextDef).document() == d) {
                out.add(defs.get(nextDef++));
            }
            List<MentionSites.Mention> mentions = MentionSites.of(d).get(id);
            if (mentions != null) {
                for (MentionSites.Mention m : mentions) {
                    out.add(m.in(d));
                }
            }
            if (out.size() - from > 1) {
                out.subList(from, out.size()).sort(BY_START); // stable
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static final Comparator<Site> BY_START = Comparator.comparing(Site::range, Range.BY_START);

    /** The documents that may hold a site of the ID, in phase order. */
    private List<HandoffDocument> documentsMentioning(String id) {
        if (documents.size() <= ASK_EVERY_DOCUMENT) {
            return documents;
        }
        Map<String, List<HandoffDocument>> m = mentioners;
        if (m == null) {
            m = new HashMap<>();
            for (HandoffDocument d : documents) {
                for (String each : definedIn.getOrDefault(d, Set.of())) {
                    m.computeIfAbsent(each, k -> new ArrayList<>(2)).add(d);
                }
                for (String each : MentionSites.of(d).keySet()) {
                    List<HandoffDocument> list = m.computeIfAbsent(each, k -> new ArrayList<>(2));
                    if (list.isEmpty() || list.get(list.size() - 1) != d) {
                        list.add(d);
                    }
                }
            }
            mentioners = m;
        }
        return m.getOrDefault(id, List.of());
    }

    /** Every ID's sites (tracked or merely mentioned), IDs in the order they were first met. */
    public Map<String, List<Site>> allSites() {
        Map<String, List<Site>> out = new LinkedHashMap<>();
        for (HandoffDocument d : documents) {
            for (String id : definedIn.getOrDefault(d, Set.of())) {
                out.computeIfAbsent(id, this::sites);
            }
            for (String id : MentionSites.of(d).keySet()) {
                out.computeIfAbsent(id, this::sites);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    public Optional<Closure> closure(String id) {
        return Optional.ofNullable(closures.get(id));
    }

    /** Whether the item is closed in a phase at or before {@code phase} (or in the PT). */
    public boolean closedBy(String id, int phase) {
        Closure c = closures.get(id);
        return c != null && (c.phase() == null || c.phase() <= phase);
    }

    /** The phases with a coordinator L2, in order. */
    public TreeSet<Integer> coordinatorPhases() {
        return coordinatorPhases;
    }

    /** The coordinator L2s of one phase, by path. */
    public List<HandoffDocument> coordinatorL2s(int phase) {
        return coordinatorL2s.stream()
                .filter(d -> d.location().phase() == phase)
                .toList();
    }

    /**
     * Whether a document of the trail (not a history PT) mentions the ID in any way: definition, reference,
     * range or marker.
     */
    public boolean mentionedIn(String id, HandoffDocument doc) {
        return definedIn.getOrDefault(doc, Set.of()).contains(id)
                || MentionSites.of(doc).containsKey(id);
    }
}
