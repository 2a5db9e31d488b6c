package dev.handoffls.features.fixes;

import dev.handoffls.features.TextEdit;
import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.Item;
import dev.handoffls.text.DocumentText;
import dev.handoffls.text.Range;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers shared by the fixes: offsets, line-wise insertion, items and their statements. */
final class FixText {
    /** The trailing {@code <!-- source: PATH -->} of a PT item, as the parser reads it. */
    static final Pattern SOURCE = Pattern.compile("\\s*<!--\\s*source:\\s*(\\S+?)\\s*-->\\s*$");

    private FixText() {}

    static TextEdit replace(DocumentText t, int start, int end, String newText) {
        return new TextEdit(t.range(start, end), newText);
    }

    /** Replaces what a parsed range covers (clamped to the text, like the offsets overload). */
    static TextEdit replace(DocumentText t, Range r, String newText) {
        return replace(t, t.offsetAt(r.start()), t.offsetAt(r.end()), newText);
    }

    static TextEdit insert(DocumentText t, int offset, String newText) {
        return new TextEdit(t.range(offset, offset), newText);
    }

    static int offset(DocumentText t, dev.handoffls.text.Position p) {
        return t.offsetAt(p);
    }

    /** The last non-blank line in [from, to), or {@code from - 1} when all are blank. */
    static int lastNonBlank(DocumentText t, int from, int to) {
        for (int line = Math.min(to, t.lineCount()) - 1; line >= from; line--) {
            if (!t.lineText(line).isBlank()) {
                return line;
            }
        }
        return from - 1;
    }

    /** Lines inserted right after {@code line}; at the end of a file without a final newline, none is added. */
    static TextEdit insertLinesAfter(DocumentText t, int line, List<String> lines, String eol) {
        String block = String.join(eol, lines);
        if (line + 1 < t.lineCount()) {
            return insert(t, t.lineStart(line + 1), block + eol);
        }
        return insert(t, t.lineEnd(line), eol + block);
    }

    /** A block appended at the end of the document, after one blank line. */
    static TextEdit append(DocumentText t, List<String> lines, String eol) {
        String s = t.text();
        String block = String.join(eol, lines) + eol;
        String prefix;
        if (s.isEmpty()) {
            prefix = "";
        } else if (!(s.endsWith("\n") || s.endsWith("\r"))) {
            prefix = eol + eol;
        } else {
            prefix = t.lineCount() >= 2 && t.lineText(t.lineCount() - 2).isBlank() ? "" : eol;
        }
        return insert(t, s.length(), prefix + block);
    }

    /** The categories of the document's ID-bearing section: the handoff of an L2, the registry of a PT. */
    static List<Category> idCategories(HandoffDocument doc) {
        return doc.sectionCategories();
    }

    /** The item of a category whose range contains the position's line and column. */
    static Optional<Item> itemAt(HandoffDocument doc, dev.handoffls.text.Position p) {
        for (Category c : idCategories(doc)) {
            for (Item i : c.items()) {
                if (i.range().contains(p)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Item> item(HandoffDocument doc, IdDefinition def) {
        for (Category c : idCategories(doc)) {
            for (Item i : c.items()) {
                if (i.range().equals(def.itemRange())) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    /** The definition whose ID token is the finding's range. */
    static Optional<IdDefinition> definitionAt(HandoffDocument doc, Range range) {
        return doc.definitions().stream().filter(d -> d.range().equals(range)).findFirst();
    }

    /**
     * The start of an unbracketed definition or attempt up to its statement: optional bold, the
     * token, optional bold, a separator ({@code :}, {@code —}, {@code –}, {@code -}), optional bold.
     */
    static Matcher unbracketedLead(String itemText, String token) {
        Matcher m = Pattern.compile("^(?:\\*\\*)?" + Pattern.quote(token)
                        + "(?:\\*\\*)?[ \\t]*(?::|—|–|-(?=\\s))[ \\t]*(?:\\*\\*)?[ \\t]*")
                .matcher(itemText);
        return m;
    }

    /** Count of {@code **} markers: an odd count means a bold run was opened and must be reopened. */
    static int boldMarkers(String s) {
        int n = 0;
        for (int i = s.indexOf("**"); i >= 0; i = s.indexOf("**", i + 2)) {
            n++;
        }
        return n;
    }

    /**
     * Replaces the statement of a definition's item (after the ID and its separator, to the end of
     * the first paragraph, before a trailing source annotation) with {@code statement};
     * {@code suffix} is appended after it (a source annotation to add).
     */
    static Optional<TextEdit> replaceStatement(HandoffDocument doc, IdDefinition def, String statement, String suffix) {
        Optional<Item> item = item(doc, def);
        if (item.isEmpty()) {
            return Optional.empty();
        }
        DocumentText t = doc.text();
        String s = t.text();
        int textStart = item.get().textStart();
        String itemText = item.get().text();
        int prefixEnd;
        if (def.bracketed()) {
            prefixEnd = t.offsetAt(def.range().end()) + 1;
        } else {
            Matcher m = unbracketedLead(itemText, def.id());
            if (!m.find()) {
                return Optional.empty();
            }
            prefixEnd = textStart + m.end();
        }
        int stmtEnd = textStart + itemText.length();
        Matcher src = SOURCE.matcher(itemText);
        if (src.find() && textStart + src.start() >= prefixEnd) {
            stmtEnd = textStart + src.start();
        }
        int a = prefixEnd;
        while (a < stmtEnd && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        int b = stmtEnd;
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        if (a >= b) {
            String lead = prefixEnd > 0 && Character.isWhitespace(s.charAt(prefixEnd - 1)) ? "" : " ";
            return Optional.of(insert(t, prefixEnd, lead + statement + suffix));
        }
        return Optional.of(replace(t, a, b, statement + suffix));
    }

    static String quote(String s) {
        String q = s.length() > 60 ? s.substring(0, 57) + "…" : s;
        return "'" + q + "'";
    }
}
