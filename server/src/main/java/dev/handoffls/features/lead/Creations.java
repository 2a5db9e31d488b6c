package dev.handoffls.features.lead;

import dev.handoffls.features.TextEdit;
import dev.handoffls.features.WorkspaceChange;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.text.DocumentText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The template source actions: Insert Downstream Handoff, Create PERMANENT Task, New handoff ticket. */
public final class Creations {
    private Creations() {}

    /** Appends the section template to an L2 without one; empty when it already has one. */
    public static WorkspaceChange insertDownstreamHandoff(WorkspaceIndex index, HandoffDocument doc) {
        if (doc.handoff().isPresent()) {
            return WorkspaceChange.none();
        }
        DocumentText text = doc.text();
        String eol = text.lineEnding();
        String body = text.text();
        String lead = body.isEmpty()
                ? ""
                : body.endsWith("\n\n") || body.endsWith("\r\n\r\n")
                        ? ""
                        : body.endsWith("\n") || body.endsWith("\r") ? eol : eol + eol;
        int end = text.length();
        return new WorkspaceChange(
                Map.of(
                        doc.path(),
                        List.of(new TextEdit(
                                text.range(end, end),
                                lead + Templates.downstreamHandoff(index.configFor(doc.path()), eol)))),
                List.of());
    }

    /** Creates {@code permanent-task.md} in the pipeline folder when the pipeline has no PT. */
    public static WorkspaceChange createPermanentTask(WorkspaceIndex index, HandoffDocument from) {
        ScopeIndex scope = index.scopeOf(from);
        if (!scope.pts().isEmpty()) {
            return WorkspaceChange.none();
        }
        String folder = from.location().pipelineFolder() != null
                ? from.location().pipelineFolder()
                : from.location().folder();
        String path = Paths.join(folder, "permanent-task.md");
        if (index.exists(path)) {
            return WorkspaceChange.none();
        }
        String title = folder.isEmpty() ? "workspace" : folder.substring(folder.lastIndexOf('/') + 1);
        return new WorkspaceChange(
                Map.of(),
                List.of(new WorkspaceChange.NewFile(
                        path, Templates.permanentTask(index.configFor(path), title, Map.of(), "\n"))));
    }

    /**
     * A new ticket next to {@code from} (or in {@code handoffs/}), named and identified
     * {@code handoff-<title-slug>-<assignee>-<yyyymmdd>}.
     */
    public static WorkspaceChange newTicket(
            WorkspaceIndex index, HandoffDocument from, String title, String assignee, String author, LocalDate today) {
        String slug = slug(title);
        String who = slug(assignee);
        String id = "handoff-" + slug + "-" + who + "-" + today.toString().replace("-", "");
        String folder = from != null && from.kind() == dev.handoffls.model.DocumentKind.HANDOFF
                ? from.location().folder()
                : "handoffs";
        String path = Paths.join(folder, id + ".md");
        for (int i = 2; index.exists(path); i++) {
            path = Paths.join(folder, id + "-" + i + ".md");
        }
        String finalId = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
        return new WorkspaceChange(
                Map.of(),
                List.of(new WorkspaceChange.NewFile(
                        path, Templates.ticket(finalId, title, assignee, today.toString(), author, "\n"))));
    }

    static String slug(String s) {
        String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (out.length() > 48) {
            out = out.substring(0, 48).replaceAll("-+$", "");
        }
        return out.isEmpty() ? "task" : out;
    }
}
