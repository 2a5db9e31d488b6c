package dev.handoffls.features.structure;

import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;

/** The cursor's line split at the cursor, with the index and document it is in. */
record CompletionContext(WorkspaceIndex index, HandoffDocument doc, Position position, String before, String after) {

    static CompletionContext of(WorkspaceIndex index, HandoffDocument doc, Position requested) {
        var text = doc.text();
        Position p = text.positionAt(text.offsetAt(requested));
        String line = text.lineText(p.line());
        return new CompletionContext(index, doc, p, line.substring(0, p.character()), line.substring(p.character()));
    }

    int line() {
        return position.line();
    }

    /** From {@code length} characters before the cursor to {@code ahead} characters after it. */
    Range around(int length, int ahead) {
        return Range.of(position.line(), position.character() - length, position.line(), position.character() + ahead);
    }

    /** A ticket, or a {@code handoff-….md} file still being written (not yet recognised as one). */
    boolean ticketLike() {
        return doc.kind() == DocumentKind.HANDOFF || doc.fileName().startsWith("handoff-");
    }
}
