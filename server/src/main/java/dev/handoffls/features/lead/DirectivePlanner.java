package dev.handoffls.features.lead;

import dev.handoffls.config.CategorySpec;
import dev.handoffls.config.HandoffConfig;
import dev.handoffls.features.WorkspaceChange;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Generate directive for phase N+1 (Decision 011 §4.3): counts and ID ranges from the PT, the phase-N
 * L2 path filled in, mission and workers left as the template's visible placeholders. Written to
 * {@code phase-{N+1}/directive.md} in the pipeline; an existing directive is never overwritten.
 */
public final class DirectivePlanner {
    private DirectivePlanner() {}

    public sealed interface Result permits Refused, Planned {}

    public record Refused(String reason) implements Result {}

    public record Planned(String path, WorkspaceChange change) implements Result {}

    /** @param source an L2 (its phase is N) or the PT (N = the latest phase with a coordinator L2) */
    public static Result plan(WorkspaceIndex index, HandoffDocument source) {
        ScopeIndex scope = index.scopeOf(source);
        if (scope.pts().size() > 1) {
            return new Refused("the pipeline has several PERMANENT Tasks (HL505); keep one first");
        }
        Optional<HandoffDocument> pt = scope.pt();
        if (pt.isEmpty()) {
            return new Refused("the pipeline has no PERMANENT Task to take counts from: run Sync to PT first");
        }
        Optional<HandoffDocument> l2 = source.isL2() ? Optional.of(source) : latestCoordinatorL2(scope);
        if (l2.isEmpty() || l2.get().location().phase() == null) {
            return new Refused("no phase-N L2 summary to hand over from (an L2 inside a phase-N folder)");
        }
        String pipeline = source.location().pipelineFolder();
        if (pipeline == null) {
            return new Refused(source.path() + " is not inside a pipeline folder ("
                    + index.configFor(source.path()).pipelineRoot() + "/<name>/)");
        }
        int n = l2.get().location().phase();
        String target = pipeline + "/phase-" + (n + 1) + "/directive.md";
        if (index.exists(target)) {
            return new Refused(target + " already exists; it is not overwritten (delete or rename it first)");
        }
        String content = directive(
                index.configFor(pt.get().path()),
                pt.get(),
                n,
                dev.handoffls.index.PathResolver.relativize(pipeline, l2.get().path()));
        return new Planned(
                target, new WorkspaceChange(java.util.Map.of(), List.of(new WorkspaceChange.NewFile(target, content))));
    }

    private static Optional<HandoffDocument> latestCoordinatorL2(ScopeIndex scope) {
        return scope.documents().stream()
                .filter(d -> d.isL2() && d.coordinator() && d.location().phase() != null)
                .max(Comparator.comparingInt((HandoffDocument d) -> d.location().phase())
                        .thenComparing(HandoffDocument::path, Comparator.reverseOrder()));
    }

    /**
     * Recompute a directive's count lines ({@code - Architecture Decisions: 3 decisions (AD-1 through AD-3)})
     * from the scope's PT: each line that names a registry section is rewritten with the PT's count and
     * range, keeping the label as written. Empty when the scope has no single PT or nothing differs.
     */
    public static java.util.List<dev.handoffls.features.TextEdit> recomputeCounts(
            WorkspaceIndex index, HandoffDocument directive) {
        Optional<HandoffDocument> pt = index.scopeOf(directive).pt();
        if (pt.isEmpty()) {
            return List.of();
        }
        HandoffConfig config = index.configFor(directive.path());
        java.util.List<dev.handoffls.features.TextEdit> edits = new java.util.ArrayList<>();
        var text = directive.text();
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("^(\\s*[-*]\\s+)([^:]{2,60}):\\s*(.*)$");
        for (int l = 0; l < text.lineCount(); l++) {
            java.util.regex.Matcher m = line.matcher(text.lineText(l));
            if (!m.matches() || !m.group(3).matches("^\\d+.*")) {
                continue;
            }
            for (CategorySpec c : config.ptSections()) {
                if (c.prefix() != null && (c.matchesPt(m.group(2)) || c.matchesL2(m.group(2)))) {
                    String wanted = m.group(1) + m.group(2) + ": " + countText(pt.get(), c.prefix());
                    if (!wanted.equals(text.lineText(l))) {
                        edits.add(new dev.handoffls.features.TextEdit(
                                text.range(text.lineStart(l), text.lineEnd(l)), wanted));
                    }
                    break;
                }
            }
        }
        return edits;
    }

    private static String countText(HandoffDocument pt, String prefix) {
        var expected = dev.handoffls.rules.pt.StaleDirectiveCounts.expected(pt, prefix);
        String range = expected.rangeText();
        return expected.count() + " " + noun(prefix) + (range.isEmpty() ? "" : " (" + range + ")");
    }

    static String directive(HandoffConfig config, HandoffDocument pt, int n, String l2Path) {
        StringBuilder sb = new StringBuilder();
        sb.append("## Directive for Phase ").append(n + 1).append(" Coordinator\n\n");
        sb.append("### Context Source\n");
        sb.append("Read the PERMANENT Task via TaskGet for full project context.\n");
        sb.append("Key sections updated from Phase ").append(n).append(":\n");
        for (CategorySpec c : config.ptSections()) {
            if (c.prefix() != null) {
                sb.append("- ")
                        .append(c.ptName())
                        .append(": ")
                        .append(countText(pt, c.prefix()))
                        .append('\n');
            }
        }
        sb.append("\n### Phase-Specific Input\n");
        sb.append("Read Phase ")
                .append(n)
                .append(" coordinator's L2 at: ")
                .append(l2Path)
                .append('\n');
        sb.append("Focus on: \"Downstream Handoff\" section for items requiring your attention.\n\n");
        sb.append("### Your Mission\n{Phase ").append(n + 1).append(" specific instructions}\n\n");
        sb.append("### Workers Assigned\n{worker list with dimension assignments}\n");
        return sb.toString();
    }

    private static String noun(String prefix) {
        return switch (prefix) {
            case "AD" -> "decisions";
            case "R" -> "risks";
            case "IC" -> "contracts";
            case "C" -> "constraints";
            case "OQ" -> "unresolved items";
            default -> "items";
        };
    }
}
