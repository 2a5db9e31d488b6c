package dev.handoffls.parse;

import dev.handoffls.model.TeamDefinition;
import dev.handoffls.model.TeamDefinition.Form;
import dev.handoffls.text.DocumentText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code id: AD-1} entries of a phase's {@code L1-index.yaml}, the protocol's structured L1 (spec
 * §4 v3): team definitions, with the entry's title or summary as the statement. Read line by line so
 * that a file that is not valid YAML still yields what it can, and never fails.
 */
final class L1IndexScanner {
    static final String FILE_NAME = "L1-index.yaml";
    private static final Pattern ID_LINE =
            Pattern.compile("^(\\s*)(-\\s+)?id:\\s*[\"']?([A-Z]{1,8}-[1-9]\\d{0,8})[\"']?\\s*(?:#.*)?$");
    private static final Pattern STATEMENT_LINE = Pattern.compile(
            "^(\\s*)(?:-\\s+)?(?:title|summary|statement|decision|description|risk|question|contract|constraint|name|text):"
                    + "\\s*[\"']?(.+?)[\"']?\\s*$");
    private static final int MAX_STATEMENT = 240;

    private L1IndexScanner() {}

    static boolean isL1Index(String path) {
        return path.equals(FILE_NAME) || path.endsWith("/" + FILE_NAME);
    }

    static List<TeamDefinition> scan(DocumentText text, IdGrammar grammar) {
        List<TeamDefinition> out = new ArrayList<>();
        for (int line = 0; line < text.lineCount(); line++) {
            Matcher m = ID_LINE.matcher(text.lineText(line));
            if (!m.matches() || !grammar.isWellFormed(m.group(3))) {
                continue;
            }
            int keyIndent =
                    m.group(1).length() + (m.group(2) == null ? 0 : m.group(2).length());
            int at = text.lineStart(line) + m.start(3);
            out.add(new TeamDefinition(
                    m.group(3),
                    text.range(at, at + m.group(3).length()),
                    statement(text, line, keyIndent),
                    Form.L1_INDEX));
        }
        return List.copyOf(out);
    }

    /** The first title-like key of the same entry, before or after the id line. */
    private static String statement(DocumentText text, int idLine, int keyIndent) {
        for (int line = idLine + 1; line < text.lineCount(); line++) {
            String l = text.lineText(line);
            if (l.isBlank()) {
                continue;
            }
            int indent = l.length() - l.stripLeading().length();
            if (indent < keyIndent
                    || indent == keyIndent - 2 && l.stripLeading().startsWith("- ")) {
                break;
            }
            Matcher s = STATEMENT_LINE.matcher(l);
            if (indent == keyIndent && s.matches()) {
                String t = s.group(2).strip();
                return t.length() > MAX_STATEMENT ? t.substring(0, MAX_STATEMENT - 1) + "…" : t;
            }
        }
        return "";
    }
}
