package dev.handoffls.lsp;

import dev.handoffls.features.DocumentLinks;
import dev.handoffls.features.structure.CompletionItem;
import dev.handoffls.features.structure.Fold;
import dev.handoffls.features.structure.SemanticTokens;
import dev.handoffls.features.structure.Symbol;
import dev.handoffls.features.structure.WorkspaceSymbol;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** lsp4j conversions of the engine's structure answers (symbols, folding, tokens, completion, links). */
final class StructureHandlers {
    private StructureHandlers() {}

    static SemanticTokensLegend legend() {
        return new SemanticTokensLegend(SemanticTokens.TOKEN_TYPES, SemanticTokens.MODIFIERS);
    }

    static List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> symbols(List<Symbol> symbols) {
        List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
        for (Symbol s : symbols) {
            out.add(Either.forRight(symbol(s)));
        }
        return out;
    }

    private static DocumentSymbol symbol(Symbol s) {
        DocumentSymbol d = new DocumentSymbol(
                s.name().isBlank() ? "(untitled)" : s.name(),
                kind(s.kind()),
                Convert.range(s.range()),
                Convert.range(s.selectionRange()),
                s.detail());
        List<DocumentSymbol> children = new ArrayList<>();
        s.children().forEach(c -> children.add(symbol(c)));
        d.setChildren(children);
        return d;
    }

    private static SymbolKind kind(dev.handoffls.features.structure.SymbolKind k) {
        return switch (k) {
            case FILE -> SymbolKind.File;
            case SECTION -> SymbolKind.Namespace;
            case CATEGORY -> SymbolKind.Class;
            case ITEM -> SymbolKind.Constant;
            case KEY -> SymbolKind.Property;
        };
    }

    static List<org.eclipse.lsp4j.WorkspaceSymbol> workspaceSymbols(WorkspaceSession s, List<WorkspaceSymbol> found) {
        List<org.eclipse.lsp4j.WorkspaceSymbol> out = new ArrayList<>();
        for (WorkspaceSymbol w : found) {
            org.eclipse.lsp4j.WorkspaceSymbol ws = new org.eclipse.lsp4j.WorkspaceSymbol(
                    w.name(),
                    SymbolKind.Constant,
                    Either.forLeft(new org.eclipse.lsp4j.Location(
                            s.uriOf(w.location().path()),
                            Convert.range(w.location().range()))));
            ws.setContainerName(w.detail());
            out.add(ws);
        }
        return out;
    }

    static List<FoldingRange> folds(List<Fold> folds) {
        List<FoldingRange> out = new ArrayList<>();
        for (Fold f : folds) {
            FoldingRange r = new FoldingRange(f.startLine(), f.endLine());
            r.setKind(f.kind());
            out.add(r);
        }
        return out;
    }

    static SelectionRange selection(List<Range> innermostFirst) {
        SelectionRange parent = null;
        for (int i = innermostFirst.size() - 1; i >= 0; i--) {
            parent = new SelectionRange(Convert.range(innermostFirst.get(i)), parent);
        }
        return parent;
    }

    static List<org.eclipse.lsp4j.CompletionItem> completion(List<CompletionItem> items) {
        List<org.eclipse.lsp4j.CompletionItem> out = new ArrayList<>();
        int rank = 0;
        for (CompletionItem i : items) {
            org.eclipse.lsp4j.CompletionItem c = new org.eclipse.lsp4j.CompletionItem(i.label());
            c.setKind(
                    switch (i.kind()) {
                        case ID, NEXT_ID -> CompletionItemKind.Reference;
                        case NOTE, FILE -> CompletionItemKind.File;
                        case FOLDER -> CompletionItemKind.Folder;
                        case KEY -> CompletionItemKind.Property;
                        case VALUE -> CompletionItemKind.EnumMember;
                    });
            c.setDetail(i.detail());
            if (i.documentation() != null) {
                c.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, i.documentation()));
            }
            c.setInsertTextFormat(InsertTextFormat.PlainText);
            if (i.replaceRange() != null) {
                c.setTextEdit(Either.forLeft(new TextEdit(Convert.range(i.replaceRange()), i.insertText())));
                c.setFilterText(i.label());
            } else {
                c.setInsertText(i.insertText());
            }
            c.setSortText(String.format("%05d", rank++));
            out.add(c);
        }
        return out;
    }

    static List<DocumentLink> links(WorkspaceSession s, List<DocumentLinks.Link> links) {
        List<DocumentLink> out = new ArrayList<>();
        for (DocumentLinks.Link l : links) {
            String target =
                    s.root().resolve(l.target()).toUri().toString() + (l.line() >= 0 ? "#L" + (l.line() + 1) : "");
            out.add(new DocumentLink(Convert.range(l.range()), target, null, l.tooltip()));
        }
        return out;
    }
}
