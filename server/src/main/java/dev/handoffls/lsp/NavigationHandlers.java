package dev.handoffls.lsp;

import dev.handoffls.features.CodeLenses;
import dev.handoffls.features.Definitions;
import dev.handoffls.features.Highlights;
import dev.handoffls.features.HoverProvider;
import dev.handoffls.features.Location;
import dev.handoffls.features.References;
import dev.handoffls.features.Renamer;
import dev.handoffls.features.TextEdit;
import dev.handoffls.features.TrailSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** lsp4j conversions of the engine's navigation answers (hover, locations, rename, lenses). */
final class NavigationHandlers {
    /** The command a code lens runs: {@code [uri, position, locations]}, like VS Code's showReferences. */
    static final String SHOW_REFERENCES = "handoff.showReferences";

    private NavigationHandlers() {}

    static List<org.eclipse.lsp4j.Location> locations(WorkspaceSession s, List<Location> found) {
        List<org.eclipse.lsp4j.Location> out = new ArrayList<>();
        for (Location l : found) {
            out.add(new org.eclipse.lsp4j.Location(s.uriOf(l.path()), Convert.range(l.range())));
        }
        return out;
    }

    static Hover hover(WorkspaceSession s, HoverProvider.Hover h) {
        StringBuilder md = new StringBuilder(linkedTrail(s, h));
        h.origin()
                .ifPresent(o -> md.append("\n\n[Open ")
                        .append(o.path().substring(o.path().lastIndexOf('/') + 1))
                        .append("](")
                        .append(s.uriOf(o.path()))
                        .append("#L")
                        .append(o.range().startLine() + 1)
                        .append(")"));
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, md.toString()), Convert.range(h.range()));
    }

    /** The hover's trail line with each step a link to its first site (spec §13). */
    private static String linkedTrail(WorkspaceSession s, HoverProvider.Hover h) {
        if (h.trail().isEmpty()) {
            return h.markdown();
        }
        String plain = HoverProvider.TRAIL
                + String.join(
                        " → ", h.trail().stream().map(TrailSummary.Step::label).toList());
        List<String> linked = new ArrayList<>();
        for (TrailSummary.Step step : h.trail()) {
            linked.add(step.location()
                    .map(l -> "[" + step.label() + "](" + s.uriOf(l.path()) + "#L"
                            + (l.range().startLine() + 1) + ")")
                    .orElse(step.label()));
        }
        return h.markdown().replace(plain, HoverProvider.TRAIL + String.join(" → ", linked));
    }

    static List<DocumentHighlight> highlights(List<Highlights.Highlight> found) {
        return found.stream()
                .map(h -> new DocumentHighlight(
                        Convert.range(h.range()), h.write() ? DocumentHighlightKind.Write : DocumentHighlightKind.Read))
                .toList();
    }

    /** One versioned edit per document: open documents carry the editor's version, others none. */
    static WorkspaceEdit workspaceEdit(WorkspaceSession s, Map<String, List<TextEdit>> edits) {
        List<Either<TextDocumentEdit, org.eclipse.lsp4j.ResourceOperation>> changes = new ArrayList<>();
        edits.forEach((path, list) -> {
            Integer version = s.openDocument(path).map(OpenDocument::version).orElse(null);
            List<org.eclipse.lsp4j.TextEdit> converted = list.stream()
                    .map(e -> new org.eclipse.lsp4j.TextEdit(Convert.range(e.range()), e.newText()))
                    .toList();
            changes.add(Either.forLeft(
                    new TextDocumentEdit(new VersionedTextDocumentIdentifier(s.uriOf(path), version), converted)));
        });
        return new WorkspaceEdit(changes);
    }

    static WorkspaceEdit rename(HandoffLanguageServer server, WorkspaceSession s, Renamer.RenameResult result) {
        if (result instanceof Renamer.Refused refused) {
            throw new org.eclipse.lsp4j.jsonrpc.ResponseErrorException(
                    new org.eclipse.lsp4j.jsonrpc.messages.ResponseError(
                            org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode.RequestFailed,
                            refused.reason(),
                            null));
        }
        Renamer.Edits edits = (Renamer.Edits) result;
        // Shown, not just logged: a range the rename breaks is something the user must look at.
        edits.warnings().forEach(w -> server.show(MessageType.Warning, "Rename: " + w));
        return workspaceEdit(s, edits.edits());
    }

    static List<CodeLens> lenses(WorkspaceSession s, String uri, List<CodeLenses.Lens> lenses) {
        List<CodeLens> out = new ArrayList<>();
        for (CodeLenses.Lens l : lenses) {
            Command c = new Command(
                    l.title(),
                    SHOW_REFERENCES,
                    List.of(uri, Convert.position(l.range().start()), locations(s, l.references())));
            out.add(new CodeLens(Convert.range(l.range()), c, null));
        }
        return out;
    }

    static List<Location> references(
            dev.handoffls.index.WorkspaceIndex index,
            dev.handoffls.model.HandoffDocument doc,
            org.eclipse.lsp4j.Position p,
            boolean includeDeclaration) {
        return References.references(index, doc, Convert.position(p), includeDeclaration);
    }

    static List<Location> definition(
            dev.handoffls.index.WorkspaceIndex index,
            dev.handoffls.model.HandoffDocument doc,
            org.eclipse.lsp4j.Position p) {
        return Definitions.definition(index, doc, Convert.position(p));
    }
}
