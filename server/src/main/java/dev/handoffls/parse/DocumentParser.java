package dev.handoffls.parse;

import dev.handoffls.config.CategorySpec;
import dev.handoffls.config.HandoffConfig;
import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.model.Category;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.FrontMatter;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.model.Heading;
import dev.handoffls.model.Item;
import dev.handoffls.model.LinkRef;
import dev.handoffls.model.MetadataValue;
import dev.handoffls.model.NamedRef;
import dev.handoffls.model.PathRef;
import dev.handoffls.model.Placement;
import dev.handoffls.model.ProseMask;
import dev.handoffls.model.SuppressionComment;
import dev.handoffls.model.TeamDefinition;
import dev.handoffls.model.TeamDefinition.Form;
import dev.handoffls.text.DocumentText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** Turns one version of a document's text into a {@link HandoffDocument}. Stateless and thread-safe. */
public final class DocumentParser {
    private static final Pattern SYNC_MARK = Pattern.compile("PT-synced:\\s*✅\\s*(\\S*)");
    private static final Pattern NONE = Pattern.compile("(?i)^[*_]*(none|n/a)[*_.]*$");

    private final WorkspaceLayout layout;
    private final HandoffConfig config;
    private final IdGrammar grammar;
    private final PathTokens pathTokens;
    private final Pieces pieces;

    public DocumentParser(WorkspaceLayout layout) {
        this(layout, Pieces.LARGE_DOCUMENTS);
    }

    /** Tests cut short documents into pieces as a large one is. */
    DocumentParser(WorkspaceLayout layout, Pieces pieces) {
        this.pieces = pieces;
        this.layout = layout;
        this.config = layout.config();
        this.grammar = new IdGrammar(config);
        this.pathTokens = new PathTokens(config);
    }

    /**
     * Whether {@link #parse} gives commonmark this text in pieces, so that its working set is one piece
     * whatever the text's length (a scan's parse budget counts such a text as less than its length).
     */
    public static boolean parsedInPieces(String text) {
        return Pieces.LARGE_DOCUMENTS.cuts(text);
    }

    /** A file the parser reads although it is not markdown: a phase's {@code L1-index.yaml} (spec §4). */
    public static boolean isL1Index(String path) {
        return L1IndexScanner.isL1Index(path);
    }

    public WorkspaceLayout layout() {
        return layout;
    }

    public IdGrammar grammar() {
        return grammar;
    }

    public HandoffDocument parse(String path, String content) {
        return parse(path, new DocumentText(content), 0);
    }

    public HandoffDocument parse(String path, DocumentText text, int invalidUtf8Sequences) {
        return parse(path, text, invalidUtf8Sequences, null);
    }

    /**
     * Parses an edited version of a document whose previous parse left its section trees in {@code
     * sections} (an open document, on the thread that owns the cache); null parses the whole text.
     */
    public HandoffDocument parse(String path, DocumentText text, int invalidUtf8Sequences, SectionCache sections) {
        if (L1IndexScanner.isL1Index(path)) {
            return l1Index(path, text, invalidUtf8Sequences);
        }
        Optional<FrontMatter> fm = FrontMatterReader.read(text);
        MarkdownTree tree = new MarkdownTree(text, fm, sections, pieces);
        List<Heading> headings = headings(tree);
        Map<String, MetadataValue> bodyMetadata = MetadataScanner.scan(tree);
        DocumentKind kind =
                KindClassifier.classify(layout.relative(path), config, fm, headings, bodyMetadata::containsKey);
        Placement location = layout.locate(path);
        boolean coordinator = layout.inCoordinatorFolder(path)
                || fm.flatMap(f -> f.value("role"))
                        .map(r -> r.trim().equalsIgnoreCase("coordinator"))
                        .orElse(false);

        Optional<HandoffSection> handoff = handoffSection(tree, headings);
        Optional<HandoffSection> registry =
                kind == DocumentKind.PERMANENT_TASK ? registry(tree, headings) : Optional.empty();

        IdScanner ids = new IdScanner(tree, grammar);
        handoff.ifPresent(ids::scanDefinitions);
        registry.ifPresent(ids::scanDefinitions);
        List<TeamDefinition> team =
                new ArrayList<>(new TeamDefinitionScanner(tree, grammar, ids.identifiedItems()).scan(headings));
        ids.teamItems()
                .forEach(t -> team.add(new TeamDefinition(t.label(), t.range(), t.statement(), Form.TEAM_PREFIX)));
        TaskScanner tasks = new TaskScanner(tree, pathTokens);
        ReferenceScanner refs = new ReferenceScanner(tree, pathTokens);
        List<LinkRef> links = refs.links();
        List<NamedRef> handoffRefs = refs.handoffRefs();
        List<SuppressionComment> suppressions = SuppressionScanner.scan(tree);
        // The rest reads the text and the prose only: the model it makes need not share the heap with the trees.
        tree.releaseTrees();

        ids.scanReferences();
        List<PathRef> artifacts = new ArrayList<>();
        handoff.ifPresent(h -> h.categories().stream()
                .filter(c -> !c.ownsIds() && c.name().startsWith("Artifacts"))
                .forEach(c -> c.items()
                        .forEach(i -> artifacts.addAll(tasks.paths(
                                i.textStart(), i.textStart() + i.text().length(), PathRef.Context.ARTIFACT, null)))));

        Integer ptVersion = null;
        Matcher pv = KindClassifier.PT_VERSION.matcher(path.substring(path.lastIndexOf('/') + 1));
        if (pv.matches()) {
            ptVersion = Integer.valueOf(pv.group(1));
        }
        Integer decisionNumber = null;
        if (kind == DocumentKind.DECISION) {
            decisionNumber = KindClassifier.decisionNumberFromFileName(path);
            if (decisionNumber == null && !headings.isEmpty()) {
                Matcher m =
                        KindClassifier.DECISION_HEADING.matcher(headings.get(0).text());
                decisionNumber = m.find() ? Integer.valueOf(m.group(1)) : null;
            }
        }
        return new HandoffDocument(
                path,
                text,
                ProseMask.of(text.text(), tree.prose),
                kind,
                location,
                coordinator,
                fm,
                headings,
                handoff,
                registry,
                ids.definitions(),
                ids.malformed(),
                List.copyOf(team),
                ids.teamItems(),
                ids.references(),
                tasks.scanTasks(),
                List.copyOf(artifacts),
                kind == DocumentKind.DIRECTIVE ? refs.directiveInputs() : List.of(),
                links,
                refs.wikiLinks(),
                handoffRefs,
                refs.decisionRefs(),
                bodyMetadata,
                ids.sourceAnnotations(),
                ptVersion,
                decisionNumber,
                invalidUtf8Sequences,
                suppressions,
                carriesMarkers(kind) ? MarkerScanner.scan(text, tree.proseText()) : List.of());
    }

    /** A phase's {@code L1-index.yaml}: YAML, not markdown; it contributes its {@code id:} entries only. */
    private HandoffDocument l1Index(String path, DocumentText text, int invalidUtf8Sequences) {
        String blank = text.text().replaceAll("[^\\r\\n]", " ");
        return new HandoffDocument(
                path,
                text,
                ProseMask.of(text.text(), blank),
                DocumentKind.OTHER,
                layout.locate(path),
                false,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                L1IndexScanner.scan(text, grammar),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                null,
                null,
                invalidUtf8Sequences,
                List.of(),
                List.of());
    }

    /** Markers close items in the documents of the handoff itself: L2s, the PT, directives (spec §13). */
    private static boolean carriesMarkers(DocumentKind kind) {
        return kind == DocumentKind.L2_SUMMARY || kind == DocumentKind.PERMANENT_TASK || kind == DocumentKind.DIRECTIVE;
    }

    private List<Heading> headings(MarkdownTree tree) {
        List<Heading> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node n : tree.headings) {
            var h = (org.commonmark.node.Heading) n;
            // Interned: repeated headings (an L2's categories, 100,000 in issue 13's case) are held once.
            String text = MarkdownTree.plainText(h).intern();
            MarkdownTree.Span s = tree.span(h);
            var range = tree.text.range(
                    s.start(), tree.text.lineEnd(tree.text.positionAt(s.start()).line()));
            String base = Slugs.slug(text);
            int count = seen.merge(base, 1, Integer::sum) - 1;
            out.add(new Heading(h.getLevel(), text, range, range.startLine(), count == 0 ? base : base + "-" + count));
        }
        return List.copyOf(out);
    }

    private Optional<HandoffSection> handoffSection(MarkdownTree tree, List<Heading> headings) {
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (h.level() == 2 && KindClassifier.isHandoffHeading(h.text())) {
                int end = endOf(headings, i, 2, tree.text.lineCount());
                List<Category> categories = new ArrayList<>();
                List<CategorySpec> specs = config.categories();
                Category open = null;
                for (int j = i + 1; j < headings.size() && headings.get(j).line() < end; j++) {
                    Heading c = headings.get(j);
                    if (c.level() < 3
                            || (open != null && c.level() > open.heading().level() && c.line() < open.endLine())) {
                        continue;
                    }
                    for (int k = 0; k < specs.size(); k++) {
                        if (specs.get(k).matchesL2(c.text())) {
                            open = category(
                                    tree,
                                    headings,
                                    j,
                                    specs.get(k).prefix(),
                                    specs.get(k).l2Name(),
                                    k,
                                    end);
                            categories.add(open);
                            break;
                        }
                    }
                }
                return Optional.of(
                        new HandoffSection(h, end, List.copyOf(categories), syncMark(tree.text, h.line(), end)));
            }
        }
        return Optional.empty();
    }

    private Optional<HandoffSection> registry(MarkdownTree tree, List<Heading> headings) {
        List<Category> sections = new ArrayList<>();
        List<CategorySpec> specs = config.ptSections();
        for (int j = 0; j < headings.size(); j++) {
            Heading h = headings.get(j);
            if (h.level() != 2 && h.level() != 3) {
                continue;
            }
            for (int k = 0; k < specs.size(); k++) {
                CategorySpec spec = specs.get(k);
                final int order = k;
                boolean taken = sections.stream().anyMatch(s -> s.order() == order);
                if (spec.matchesPt(h.text()) && !taken) {
                    sections.add(category(tree, headings, j, spec.prefix(), spec.ptName(), k, tree.text.lineCount()));
                    break;
                }
            }
        }
        if (headings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new HandoffSection(headings.get(0), tree.text.lineCount(), List.copyOf(sections), Optional.empty()));
    }

    private Category category(
            MarkdownTree tree, List<Heading> headings, int index, String prefix, String name, int order, int limit) {
        Heading h = headings.get(index);
        int end = Math.min(endOf(headings, index, h.level(), tree.text.lineCount()), limit);
        List<Item> items = new ArrayList<>();
        boolean markedEmpty = false;
        for (ListBlock list : tree.topLevelLists().between(h.line(), end)) {
            for (Node li = list.getFirstChild(); li != null; li = li.getNext()) {
                if (!(li instanceof ListItem item) || !(item.getFirstChild() instanceof Paragraph p)) {
                    continue;
                }
                String text = tree.source(p);
                if (NONE.matcher(text.trim()).matches()) {
                    markedEmpty = true;
                    continue;
                }
                int start = tree.span(p).start();
                var range = tree.text.range(tree.span(item).start(), start + text.length());
                items.add(new Item(range, text, start));
            }
        }
        return new Category(prefix, name, order, h, h.range(), end, List.copyOf(items), markedEmpty);
    }

    /** The line of the next heading at {@code level} or above, or the end of the document. */
    private static int endOf(List<Heading> headings, int index, int level, int lineCount) {
        for (int j = index + 1; j < headings.size(); j++) {
            if (headings.get(j).level() <= level) {
                return headings.get(j).line();
            }
        }
        return lineCount;
    }

    private static Optional<HandoffSection.SyncMark> syncMark(DocumentText text, int headingLine, int end) {
        for (int line = headingLine + 1; line < end; line++) {
            String l = text.lineText(line).trim();
            if (l.isEmpty()) {
                continue;
            }
            Matcher m = SYNC_MARK.matcher(l);
            return m.find() ? Optional.of(new HandoffSection.SyncMark(line, m.group(1))) : Optional.empty();
        }
        return Optional.empty();
    }
}
