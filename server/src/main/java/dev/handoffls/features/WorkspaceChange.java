package dev.handoffls.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Edits to existing documents plus files to create: what a source action or command proposes. The
 * LSP layer turns it into one versioned {@code WorkspaceEdit}; the CLI writes it to disk.
 *
 * @param edits   edits per workspace-relative path, against the text the index holds
 * @param creates new files (never overwriting: the planner refuses first)
 */
public record WorkspaceChange(Map<String, List<TextEdit>> edits, List<NewFile> creates) {

    public record NewFile(String path, String content) {}

    public WorkspaceChange {
        edits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(edits));
        creates = List.copyOf(creates);
    }

    public static WorkspaceChange none() {
        return new WorkspaceChange(Map.of(), List.of());
    }

    public boolean isEmpty() {
        return edits.values().stream().allMatch(List::isEmpty) && creates.isEmpty();
    }
}
