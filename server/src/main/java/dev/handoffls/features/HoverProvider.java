package dev.handoffls.features;

import dev.handoffls.index.DefinitionSite;
import dev.handoffls.index.PathResolver.Status;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.index.TeamSite;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdToken;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Hover (spec §10). On an ID: its category, statement, origin, the phases that mention it and its PT
 * state. On a path, link, wiki link, ticket name or decision number: whether it exists and where;
 * for a wiki link, the note's first lines.
 */
public final class HoverProvider {
    static final int NOTE_LINES = 10;

    /**
     * @param markdown the hover text; paths in it are workspace-relative, in backticks
     * @param range    the hovered token
     * @param origin   where the hover's subject lives (an ID's origin, the file a path leads to), for the
     *                 LSP layer to offer as a link
     */
    public record Hover(String markdown, Range range, Optional<Location> origin, List<TrailSummary.Step> trail) {
        public Hover(String markdown, Range range, Optional<Location> origin) {
            this(markdown, range, origin, List.of());
        }
    }

    /** The prefix of the trail line in a hover's markdown; an editor may link its steps. */
    public static final String TRAIL = "Trail: ";

    private HoverProvider() {}

    public static Optional<Hover> hover(WorkspaceIndex index, HandoffDocument doc, Position position) {
        Optional<IdAt> id = IdAt.find(doc, position);
        if (id.isPresent()) {
            return Optional.of(onId(index, doc, id.get()));
        }
        return PathTarget.at(index, doc, position).map(t -> onTarget(index, t));
    }

    private static Hover onId(WorkspaceIndex index, HandoffDocument doc, IdAt at) {
        ScopeIndex scope = index.scopeOf(doc);
        String scopeName = doc.location().inPipeline() ? "this pipeline" : "the workspace-wide scope";
        String prefix = IdToken.parse(at.id()).prefix();
        String category = index.configFor(doc.path()).idPrefixes().getOrDefault(prefix, prefix);
        List<String> parts = new ArrayList<>();
        parts.add("**" + at.id() + "** · " + category);
        Optional<DefinitionSite> origin = scope.origin(at.id());
        Optional<Location> link = Optional.empty();
        if (origin.isPresent()) {
            DefinitionSite o = origin.get();
            parts.add(o.definition().statement());
            Integer phase = o.document().location().phase();
            parts.add("Origin: `" + o.path() + "` line "
                    + (o.definition().range().startLine() + 1) + (phase != null ? " · phase " + phase : ""));
            link = Optional.of(new Location(o.path(), o.definition().range()));
        }
        List<TeamSite> team = TeamSites.of(index, doc, at.id());
        Optional<TeamSite> best = TeamSites.best(team);
        if (origin.isEmpty() && best.isPresent()) {
            TeamSite t = best.get();
            if (!t.definition().statement().isBlank()) {
                parts.add(t.definition().statement());
            }
            Integer phase = t.document().location().phase();
            parts.add("Defined by a " + t.definition().form().label + " in `" + t.path() + "` line "
                    + (t.definition().range().startLine() + 1) + (phase != null ? " · phase " + phase : "")
                    + " (the team's own form, not a handoff item)");
            link = Optional.of(new Location(t.path(), t.definition().range()));
        } else if (origin.isEmpty()) {
            parts.add("Defined nowhere in " + scopeName + ".");
        }
        long others = team.stream()
                .map(TeamSite::path)
                .distinct()
                .filter(p -> origin.isPresent() || !p.equals(best.get().path()))
                .count();
        if (others > 0) {
            parts.add("Also defined in " + others + " other document" + (others == 1 ? "" : "s") + " of " + scopeName
                    + " (go to definition lists every site)");
        }
        parts.add("Mentioned in: " + phases(index, doc, at.id()));
        if (origin.isPresent()) {
            PtState state = PtState.of(scope, at.id());
            parts.add("PT: " + (state == PtState.NO_PT ? "no PT in " + scopeName : state.hover));
        }
        List<TrailSummary.Step> trail = List.of();
        if (scope.trail(index.configFor(doc.path())).item(at.id()).isPresent()) {
            TrailSummary summary = TrailSummary.of(index, doc, at.id());
            trail = summary.steps();
            parts.add(TRAIL + summary.text() + " · " + summary.state());
        }
        return new Hover(String.join("\n\n", parts), at.range(), link, trail);
    }

    /** "phase 3, phase 4, no phase": every phase with a document that mentions the ID. */
    private static String phases(WorkspaceIndex index, HandoffDocument doc, String id) {
        TreeSet<Integer> phases = new TreeSet<>();
        boolean noPhase = false;
        for (HandoffDocument d : Occurrences.scopeDocuments(index, doc)) {
            if (Occurrences.mentions(d, id)) {
                Integer phase = d.location().phase();
                if (phase == null) {
                    noPhase = true;
                } else {
                    phases.add(phase);
                }
            }
        }
        List<String> out = phases.stream().map(p -> "phase " + p).collect(Collectors.toCollection(ArrayList::new));
        if (noPhase) {
            out.add("no phase");
        }
        return String.join(", ", out);
    }

    private static Hover onTarget(WorkspaceIndex index, PathTarget t) {
        List<String> parts = new ArrayList<>();
        parts.add("**" + t.kind().label + "** `" + t.written() + "`");
        parts.add(where(t));
        if (t.kind() == PathTarget.Kind.WIKI_LINK && t.file().isPresent()) {
            index.document(t.file().get())
                    .map(HoverProvider::firstLines)
                    .filter(s -> !s.isEmpty())
                    .ifPresent(lines -> parts.add("---\n\n" + lines));
        }
        return new Hover(
                String.join("\n\n", parts),
                t.range(),
                Definitions.ofTarget(t).stream().findFirst());
    }

    private static String where(PathTarget t) {
        if (t.resolution() != null && t.resolution().status() == Status.OUTSIDE) {
            return "⛔ outside the workspace: never read or checked";
        }
        if (t.files().isEmpty()) {
            return switch (t.kind()) {
                case WIKI_LINK -> "❌ no note with that name in the workspace";
                case HANDOFF -> "❌ no file with that name in the workspace";
                case DECISION -> "❌ no decision document numbered " + t.written() + " in the workspace";
                default -> "❌ does not exist";
            };
        }
        String found = "`" + t.files().get(0) + "`";
        String first = t.resolution() == null || !t.resolution().byName()
                ? "✅ exists: " + found
                : t.written().contains("/")
                        ? "✅ found at " + found + ", the only file ending in `" + t.written() + "`"
                        : "✅ found by name at " + found;
        if (t.heading().isPresent()) {
            first += ", heading line " + (t.heading().get().line() + 1);
        }
        if (t.files().size() > 1) {
            first += " (also "
                    + t.files().stream().skip(1).map(f -> "`" + f + "`").collect(Collectors.joining(", ")) + ")";
        }
        return first;
    }

    /** The first non-blank lines of a note. */
    private static String firstLines(HandoffDocument note) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < note.text().lineCount() && lines.size() < NOTE_LINES; i++) {
            String line = note.text().lineText(i);
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return String.join("\n", lines);
    }
}
