package dev.handoffls.features.lead;

import dev.handoffls.config.CategorySpec;
import dev.handoffls.config.HandoffConfig;
import java.util.List;
import java.util.Map;

/** The text of the protocol's templates (Decision 011 §4.1, §4.3; D-012), with a given line ending. */
public final class Templates {
    private Templates() {}

    /** {@code ## Downstream Handoff} with the six categories in canonical order, each {@code - None}. */
    public static String downstreamHandoff(HandoffConfig config, String eol) {
        StringBuilder sb =
                new StringBuilder("## Downstream Handoff").append(eol).append(eol);
        for (CategorySpec c : config.categories()) {
            sb.append("### ").append(c.l2Name()).append(eol).append("- None").append(eol);
        }
        return sb.toString();
    }

    /**
     * A PERMANENT Task with the D-012 registry sections; {@code items} maps a section's canonical name to
     * its item lines (without line endings); sections without items get {@code - None}.
     */
    public static String permanentTask(
            HandoffConfig config, String title, Map<String, List<String>> items, String eol) {
        StringBuilder sb = new StringBuilder("# PERMANENT Task — ")
                .append(title)
                .append(eol)
                .append(eol);
        for (CategorySpec c : config.ptSections()) {
            sb.append("## ").append(c.ptName()).append(eol);
            List<String> lines = items.getOrDefault(c.ptName(), List.of());
            if (lines.isEmpty()) {
                sb.append("- None").append(eol);
            }
            lines.forEach(l -> sb.append(l).append(eol));
            sb.append(eol);
        }
        return sb.toString().stripTrailing() + eol;
    }

    /** A handoff ticket: front matter, metadata lines, and the usual sections. */
    public static String ticket(String id, String title, String assignee, String date, String author, String eol) {
        return String.join(
                        eol,
                        "---",
                        "date: \"" + date + "\"",
                        "author: \"" + author + "\"",
                        "status: \"open\"",
                        "---",
                        "",
                        "# " + title,
                        "",
                        "**ID**: " + id,
                        "**Assigned to**: " + assignee,
                        "**Priority**: medium",
                        "**Due date**: " + date,
                        "**Status**: open",
                        "**Created by**: " + author,
                        "",
                        "---",
                        "",
                        "## Context",
                        "",
                        "- Why this work is needed, and what it depends on.",
                        "",
                        "## Tasks",
                        "",
                        "- [ ] First concrete step",
                        "",
                        "## Acceptance Criteria",
                        "",
                        "- [ ] What must be true when this is done",
                        "")
                + eol;
    }
}
