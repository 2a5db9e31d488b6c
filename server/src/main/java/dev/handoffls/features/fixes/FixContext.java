package dev.handoffls.features.fixes;

import dev.handoffls.config.HandoffConfig;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Finding;
import dev.handoffls.text.DocumentText;

/** What a fix provider sees: the snapshot, the document the finding is in, and the finding. */
public record FixContext(WorkspaceIndex index, HandoffDocument doc, Finding finding) {

    public ScopeIndex scope() {
        return index.scopeOf(doc);
    }

    public HandoffConfig config() {
        return index.configFor(doc.path());
    }

    public DocumentText text() {
        return doc.text();
    }

    /** The document's own line ending: every inserted line uses it. */
    public String eol() {
        return doc.text().lineEnding();
    }

    public String path() {
        return doc.path();
    }
}
