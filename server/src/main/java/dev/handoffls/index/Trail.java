package dev.handoffls.index;

import dev.handoffls.config.HandoffConfig;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.IdReference;
import dev.handoffls.model.TeamItem;
import dev.handoffls.model.TrailMarker;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

    private final Map<String, Item> items;
    /** By ID in the order IDs were first met; each list read-only, in phase order. */
    private final Map<String, List<Site>> sites;

    private final Map<String, Closure> closures;
    private final TreeSet<Integer> coordinatorPhases;
    private final List<HandoffDocument> coordinatorL2s;

    private Trail(
            Map<String, Item> items,
            Map<String, List<Site>> sites,
            Map<String, Closure> closures,
            TreeSet<Integer> coordinatorPhases,
            List<HandoffDocument> coordinatorL2s) {
        this.items = items;
        this.sites = sites;
        this.closures = closures;
        this.coordinatorPhases = coordinatorPhases;
        this.coordinatorL2s = coordinatorL2s;
    }

    static Trail of(ScopeIndex scope, HandoffConfig config) {
        List<HandoffDocument> docs = scope.documents().stream()
                .filter(d -> !scope.isHistoryPt(d.path()))
                .sorted(OriginOrder.DOCUMENTS)
                .toList();
        Map<String, List<Site>> byId = new LinkedHashMap<>();
        Map<String, String> category = new LinkedHashMap<>();
        Map<String, String> statements = new LinkedHashMap<>();
        Map<String, Closure> closures = new LinkedHashMap<>();
        Set<String> carried = new HashSet<>();
        for (HandoffDocument d : docs) {
            BitSet markerLines = d.markerLines();
            Set<String> definedHere = new HashSet<>();
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
                if (scope.teamPrefixCategory(t.prefix(), config.teamPrefixes()).isPresent()
                        && definedHere.add(t.label())) {
                    String cat = scope.teamPrefixCategory(t.prefix(), config.teamPrefixes())
                            .get();
                    defineSite(byId, category, statements, d, t.label(), cat, t.statement(), t.range());
                    carryIfHandoff(d, t.label(), carried);
                    ptClosure(d, t.label(), t.statement(), t.range(), closures);
                }
            }
            SiteKind refKind = d.kind() == DocumentKind.DIRECTIVE ? SiteKind.DIRECTIVE : SiteKind.REF;
            for (IdReference r : d.references()) {
                if (markerLines.get(r.range().startLine())) {
                    continue; // the marker is the site
                }
                for (String id : r.ids()) {
                    byId.computeIfAbsent(id, k -> new ArrayList<>()).add(new Site(refKind, d, r.range(), null));
                }
            }
            for (TrailMarker m : d.markers()) {
                SiteKind kind = m.kind().closes() ? SiteKind.CLOSED : SiteKind.FORWARDED;
                for (String id : m.ids()) {
                    Site site = new Site(kind, d, m.range(), m);
                    byId.computeIfAbsent(id, k -> new ArrayList<>()).add(site);
                    if (m.kind().closes()) {
                        closures.merge(id, new Closure(m.kind(), site, m.supersededBy()), Trail::earlier);
                    }
                }
            }
        }
        Map<String, Item> items = new LinkedHashMap<>();
        Comparator<Site> order = Comparator.comparing((Site s) -> s.document(), OriginOrder.DOCUMENTS)
                .thenComparing(Site::range, Range.BY_START);
        // Loops, not streams: most items have one or two sites, and an L2 can hold 50,000 items.
        for (Map.Entry<String, List<Site>> e : byId.entrySet()) {
            String id = e.getKey();
            List<Site> list = e.getValue();
            if (list.size() > 1) {
                list.sort(order); // stable, as the sites of one place keep the order they were found in
            }
            e.setValue(Collections.unmodifiableList(list));
            if (category.containsKey(id)) {
                String cat = category.get(id);
                Site origin = list.get(0);
                for (Site s : list) {
                    if (s.kind() == SiteKind.DEF) {
                        origin = s;
                        break;
                    }
                }
                Integer phase = null;
                for (Site s : list) {
                    if (isCoordinatorL2(s.document()) && isDefinition(s.kind()) && s.phase() != null) {
                        phase = s.phase();
                        break;
                    }
                }
                items.put(
                        id,
                        new Item(
                                id,
                                cat,
                                statements.get(id),
                                origin,
                                phase != null ? phase : origin.phase(),
                                carried.contains(id),
                                config.mustTrack().contains(cat)));
            }
        }
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
                Collections.unmodifiableMap(items),
                Collections.unmodifiableMap(byId),
                Collections.unmodifiableMap(closures),
                phases,
                List.copyOf(coordinators));
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
        List<Site> list = byId.computeIfAbsent(id, k -> new ArrayList<>());
        boolean first = list.stream().noneMatch(s -> isDefinition(s.kind()));
        SiteKind kind = d.isPt() ? SiteKind.PT : first ? SiteKind.DEF : SiteKind.RESTATE;
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

    private static boolean isDefinition(SiteKind kind) {
        return kind == SiteKind.DEF || kind == SiteKind.RESTATE || kind == SiteKind.PT;
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

    /** The sites of an ID (tracked or merely mentioned) in phase order. */
    public List<Site> sites(String id) {
        return sites.getOrDefault(id, List.of());
    }

    /** Every ID's sites (tracked or merely mentioned), IDs in the order they were first met. */
    public Map<String, List<Site>> allSites() {
        return sites;
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

    /** Whether a document mentions the ID in any way: definition, reference, range or marker. */
    public boolean mentionedIn(String id, HandoffDocument doc) {
        return sites(id).stream().anyMatch(s -> s.path().equals(doc.path()));
    }
}
