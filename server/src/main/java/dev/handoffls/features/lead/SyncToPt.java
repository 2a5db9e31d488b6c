package dev.handoffls.features.lead;

import dev.handoffls.config.CategorySpec;
import dev.handoffls.config.HandoffConfig;
import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.features.TextEdit;
import dev.handoffls.features.TextEdits;
import dev.handoffls.features.WorkspaceChange;
import dev.handoffls.index.DefinitionSite;
import dev.handoffls.index.PathResolver;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.parse.DocumentParser;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Finding;
import dev.handoffls.rules.ids.DuplicateId;
import dev.handoffls.rules.ids.IdInWrongCategory;
import dev.handoffls.rules.ids.MalformedIdRule;
import dev.handoffls.text.DocumentText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sync to PT (spec §7, Decision 011 §4.2): copies an L2's handoff items verbatim — the origin's
 * statement with its source annotation — into the scope's PERMANENT Task, restores paraphrased ones,
 * leaves everything else alone, and writes the {@code PT-synced} mark. Idempotent: a second run
 * proposes nothing.
 */
public final class SyncToPt {
    private static final Checker CORRUPTING =
            new Checker(List.of(new MalformedIdRule(), new IdInWrongCategory(), new DuplicateId()));

    private SyncToPt() {}

    public sealed interface Result permits Refused, Planned {}

    /** The L2 cannot be synced; each reason says what and where. */
    public record Refused(List<String> reasons) implements Result {}

    /** @param notes items deliberately left out (conflicting definitions), for the user to see */
    public record Planned(WorkspaceChange change, List<String> notes) implements Result {}

    public static Result plan(WorkspaceIndex index, HandoffDocument l2, LocalDate today) {
        if (!l2.isL2() || l2.handoff().isEmpty()) {
            return new Refused(List.of(l2.path() + " has no '## Downstream Handoff' section to sync"));
        }
        List<Finding> corrupting = CORRUPTING.checkDocument(index, l2);
        if (!corrupting.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            for (Finding f : corrupting) {
                reasons.add(f.code() + " line " + (f.range().startLine() + 1) + ": " + f.message());
            }
            return new Refused(reasons);
        }
        ScopeIndex scope = index.scopeOf(l2);
        if (scope.pts().size() > 1) {
            return new Refused(List.of("the pipeline has " + scope.pts().size() + " PERMANENT Tasks ("
                    + String.join(
                            ", ",
                            scope.pts().stream().map(HandoffDocument::path).toList())
                    + "); keep one first (HL505)"));
        }
        HandoffConfig config = index.configFor(l2.path());
        Optional<HandoffDocument> pt = scope.pt();
        String ptFolder = pt.map(p -> p.location().folder())
                .orElse(
                        l2.location().pipelineFolder() != null
                                ? l2.location().pipelineFolder()
                                : l2.location().folder());
        // Annotations are resolved against the PT's base (HL311); a PT created here lives in ptFolder.
        String base = pt.map(p -> p.location().annotationBase()).orElse(ptFolder);

        List<String> notes = new ArrayList<>();
        Map<String, List<String>> missingBySection = new LinkedHashMap<>();
        List<Replacement> replacements = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (IdDefinition def : l2.definitions()) {
            if (!seen.add(def.id())) {
                continue;
            }
            Optional<DefinitionSite> origin = scope.statementOrigin(def.id());
            if (origin.isEmpty()) {
                continue;
            }
            IdDefinition o = origin.get().definition();
            if (!origin.get().document().path().equals(l2.path())
                    && !o.normalizedStatement().equals(def.normalizedStatement())) {
                notes.add(def.id() + " is not synced: its statement here differs from its origin in "
                        + origin.get().path() + " (HL204)");
                continue;
            }
            String line = "- [" + def.id() + "] " + o.statement() + " <!-- source: "
                    + PathResolver.relativize(base, origin.get().path()) + " -->";
            Optional<IdDefinition> inPt = pt.flatMap(p -> p.definitions().stream()
                    .filter(d -> d.id().equals(def.id()))
                    .findFirst());
            if (inPt.isEmpty()) {
                missingBySection
                        .computeIfAbsent(sectionName(config, def.token().prefix()), k -> new ArrayList<>())
                        .add(line);
            } else if (!inPt.get().normalizedStatement().equals(o.normalizedStatement())) {
                replacements.add(new Replacement(inPt.get(), line));
            }
        }

        Map<String, List<TextEdit>> edits = new LinkedHashMap<>();
        List<WorkspaceChange.NewFile> creates = new ArrayList<>();
        boolean ptChanges = !missingBySection.isEmpty() || !replacements.isEmpty();
        if (pt.isEmpty()) {
            if (!missingBySection.isEmpty()) {
                String title = l2.location().pipelineFolder() != null
                        ? l2.location()
                                .pipelineFolder()
                                .substring(l2.location().pipelineFolder().lastIndexOf('/') + 1)
                        : "workspace";
                creates.add(new WorkspaceChange.NewFile(
                        Paths.join(ptFolder, "permanent-task.md"),
                        Templates.permanentTask(config, title, missingBySection, "\n")));
            }
        } else if (ptChanges) {
            List<TextEdit> ptEdits = ptEdits(config, pt.get(), missingBySection, replacements);
            Optional<String> unseen = unseenAfter(index, pt.get(), ptEdits, missingBySection);
            if (unseen.isPresent()) {
                return new Refused(List.of(pt.get().path() + ": " + unseen.get() + " would not be seen where it"
                        + " goes (the PT ends inside an unclosed code block?); close the block first"));
            }
            edits.put(pt.get().path(), ptEdits);
        }
        List<TextEdit> l2Edits = syncMark(l2, today, ptChanges);
        if (!l2Edits.isEmpty()) {
            edits.put(l2.path(), l2Edits);
        }
        return new Planned(new WorkspaceChange(edits, creates), notes);
    }

    private record Replacement(IdDefinition inPt, String line) {}

    /** An added ID that the PT, once edited, would still not define: text swallowed by a code block. */
    private static Optional<String> unseenAfter(
            WorkspaceIndex index, HandoffDocument pt, List<TextEdit> edits, Map<String, List<String>> missing) {
        HandoffDocument after = new DocumentParser(
                        new WorkspaceLayout(index.configFor(pt.path()), index.configFolderFor(pt.path())))
                .parse(pt.path(), TextEdits.apply(pt.text().text(), edits));
        Set<String> defined = new HashSet<>();
        after.definitions().forEach(d -> defined.add(d.id()));
        return missing.values().stream()
                .flatMap(List::stream)
                .map(line -> line.substring(3, line.indexOf(']')))
                .filter(id -> !defined.contains(id))
                .findFirst();
    }

    private static String sectionName(HandoffConfig config, String prefix) {
        return config.ptSections().stream()
                .filter(s -> prefix.equals(s.prefix()))
                .map(CategorySpec::ptName)
                .findFirst()
                .orElse(prefix);
    }

    private static List<TextEdit> ptEdits(
            HandoffConfig config,
            HandoffDocument pt,
            Map<String, List<String>> missing,
            List<Replacement> replacements) {
        DocumentText text = pt.text();
        String eol = text.lineEnding();
        List<TextEdit> edits = new ArrayList<>();
        for (Replacement r : replacements) {
            int start = text.offsetAt(r.inPt().itemRange().start());
            int end = text.offsetAt(r.inPt().itemRange().end());
            edits.add(new TextEdit(text.range(start, end), r.line()));
        }
        List<Category> sections = pt.registry().map(HandoffSection::categories).orElse(List.of());
        int level = sections.isEmpty() ? 2 : sections.get(0).heading().level();
        StringBuilder appended = new StringBuilder();
        for (Map.Entry<String, List<String>> e : missing.entrySet()) {
            Optional<Category> section = sections.stream()
                    .filter(s -> s.ownsIds() && sectionName(config, s.prefix()).equals(e.getKey()))
                    .findFirst();
            if (section.isPresent()) {
                edits.add(insertIntoSection(text, section.get(), e.getValue(), eol));
            } else {
                appended.append(eol)
                        .append("#".repeat(level))
                        .append(' ')
                        .append(e.getKey())
                        .append(eol);
                e.getValue().forEach(l -> appended.append(l).append(eol));
            }
        }
        if (appended.length() > 0) {
            int end = text.length();
            String prefix =
                    end > 0 && !text.text().endsWith("\n") && !text.text().endsWith("\r") ? eol : "";
            // A blank line first ends whatever block the PT ends in (an HTML block swallows a heading).
            boolean endsBlank = end == 0
                    || text.lineText(text.lineCount() - (prefix.isEmpty() ? 2 : 1))
                            .isBlank();
            edits.add(new TextEdit(
                    text.range(end, end), prefix + (endsBlank ? appended.substring(eol.length()) : appended)));
        }
        edits.sort((a, b) -> a.range().start().compareTo(b.range().start()));
        return edits;
    }

    /** Appends after the section's last non-blank line (below the heading when it has no items), or replaces its {@code - None} marker. */
    private static TextEdit insertIntoSection(DocumentText text, Category section, List<String> lines, String eol) {
        int first = section.heading().line() + 1;
        int last = section.heading().line();
        for (int l = first; l < section.endLine() && l < text.lineCount(); l++) {
            if (!text.lineText(l).isBlank()) {
                last = l;
            }
        }
        String joined = String.join(eol, lines);
        if (section.markedEmpty() && section.items().isEmpty()) {
            for (int l = first; l <= last; l++) {
                String t = text.lineText(l).trim().replaceAll("[*_.]", "").toLowerCase();
                if (t.equals("- none") || t.equals("- n/a") || t.equals("* none")) {
                    return new TextEdit(text.range(text.lineStart(l), text.lineEnd(l)), joined);
                }
            }
        }
        // After the section's last line; in a section without items, right below its heading (its text
        // may be an HTML block that would swallow one more line), apart from any text there.
        int after = section.items().isEmpty() ? section.heading().line() : last;
        int at = text.lineEnd(after);
        boolean textBelow = section.items().isEmpty()
                && after + 1 < text.lineCount()
                && !text.lineText(after + 1).isBlank();
        return new TextEdit(text.range(at, at), eol + joined + (textBelow ? eol : ""));
    }

    /** {@code PT-synced: ✅ date}: written when the PT changed or the mark is missing. */
    private static List<TextEdit> syncMark(HandoffDocument l2, LocalDate today, boolean ptChanged) {
        HandoffSection h = l2.handoff().get();
        DocumentText text = l2.text();
        String mark = "PT-synced: ✅ " + today;
        if (h.syncMark().isPresent()) {
            int line = h.syncMark().get().line();
            if (!ptChanged || text.lineText(line).trim().equals(mark)) {
                return List.of();
            }
            return List.of(new TextEdit(text.range(text.lineStart(line), text.lineEnd(line)), mark));
        }
        int at = text.lineEnd(h.heading().line());
        return List.of(new TextEdit(text.range(at, at), text.lineEnding() + mark));
    }
}
