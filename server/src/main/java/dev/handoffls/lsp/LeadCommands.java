package dev.handoffls.lsp;

import dev.handoffls.features.WorkspaceChange;
import dev.handoffls.features.lead.Creations;
import dev.handoffls.features.lead.DirectivePlanner;
import dev.handoffls.features.lead.SyncToPt;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The Lead's commands (spec §7, §10): each plans a change with the engine; the caller applies it with
 * {@code workspace/applyEdit} (command) or returns it in a code action.
 */
final class LeadCommands {
    static final String SYNC_TO_PT = "handoff.syncToPt";
    static final String GENERATE_DIRECTIVE = "handoff.generateDirective";
    static final String INSERT_HANDOFF = "handoff.insertDownstreamHandoff";
    static final String CREATE_PT = "handoff.createPermanentTask";
    static final String NEW_TICKET = "handoff.newTicket";
    static final List<String> ALL = List.of(SYNC_TO_PT, GENERATE_DIRECTIVE, INSERT_HANDOFF, CREATE_PT, NEW_TICKET);

    private LeadCommands() {}

    /** What a command proposes, or why it does nothing. */
    record Outcome(WorkspaceChange change, String message, boolean refused) {
        static Outcome refused(String why) {
            return new Outcome(WorkspaceChange.none(), why, true);
        }
    }

    static Outcome plan(String command, WorkspaceIndex index, HandoffDocument doc, Map<String, String> options) {
        return switch (command) {
            case SYNC_TO_PT -> {
                SyncToPt.Result r = SyncToPt.plan(index, doc, LocalDate.now());
                if (r instanceof SyncToPt.Refused refused) {
                    yield Outcome.refused(
                            "Sync to PT refused — fix these first: " + String.join("; ", refused.reasons()));
                }
                SyncToPt.Planned p = (SyncToPt.Planned) r;
                String notes = p.notes().isEmpty() ? "" : " Not synced: " + String.join("; ", p.notes());
                yield new Outcome(
                        p.change(),
                        (p.change().isEmpty() ? "The PT is already in sync." : "Synced to the PT.") + notes,
                        false);
            }
            case GENERATE_DIRECTIVE -> {
                DirectivePlanner.Result r = DirectivePlanner.plan(index, doc);
                if (r instanceof DirectivePlanner.Refused refused) {
                    yield Outcome.refused("No directive generated: " + refused.reason());
                }
                DirectivePlanner.Planned p = (DirectivePlanner.Planned) r;
                yield new Outcome(p.change(), "Wrote " + p.path() + "; fill in the mission and the workers.", false);
            }
            case INSERT_HANDOFF ->
                new Outcome(
                        Creations.insertDownstreamHandoff(index, doc),
                        doc.handoff().isPresent() ? "This document already has a Downstream Handoff section." : "",
                        false);
            case CREATE_PT -> {
                WorkspaceChange c = Creations.createPermanentTask(index, doc);
                yield c.isEmpty()
                        ? Outcome.refused("This pipeline already has a PERMANENT Task.")
                        : new Outcome(c, "Created " + c.creates().get(0).path(), false);
            }
            case NEW_TICKET -> {
                WorkspaceChange c = Creations.newTicket(
                        index,
                        doc,
                        options.getOrDefault("title", "New task"),
                        options.getOrDefault("assignee", "unassigned"),
                        options.getOrDefault("author", "lead"),
                        LocalDate.now());
                yield new Outcome(c, "Created " + c.creates().get(0).path(), false);
            }
            default -> Outcome.refused("unknown command " + command);
        };
    }
}
