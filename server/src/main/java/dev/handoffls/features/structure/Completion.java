package dev.handoffls.features.structure;

import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.text.Position;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Completion at a position (spec §10). The first context that applies answers, in this order: front
 * matter and ticket metadata values and keys ({@link MetadataCompletion}), wiki-link note names after
 * {@code [[} ({@link NoteCompletion}), the next free ID after {@code [} at the start of an item of an
 * ID category, paths in tasks and Artifacts items ({@link PathCompletion}), and the scope's IDs after
 * a partial ID ({@link IdCompletion}).
 */
public final class Completion {
    private static final List<Function<CompletionContext, Optional<List<CompletionItem>>>> CONTEXTS = List.of(
            MetadataCompletion::frontMatter,
            MetadataCompletion::body,
            NoteCompletion::complete,
            IdCompletion::nextFree,
            PathCompletion::complete,
            IdCompletion::ids);

    private Completion() {}

    public static List<CompletionItem> at(WorkspaceIndex index, HandoffDocument doc, Position position) {
        CompletionContext ctx = CompletionContext.of(index, doc, position);
        for (var context : CONTEXTS) {
            Optional<List<CompletionItem>> items = context.apply(ctx);
            if (items.isPresent()) {
                return items.get();
            }
        }
        return List.of();
    }
}
