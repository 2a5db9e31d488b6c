package dev.handoffls.parse;

import dev.handoffls.model.MetadataValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;

/** Bold body metadata lines, in both real forms {@code **Key**: v} and {@code **Key:** v} (spec §6). */
final class MetadataScanner {
    private static final Pattern LINE =
            Pattern.compile("^(\\*\\*([^*\\n:]{1,40}?)(?::\\*\\*|\\*\\*\\s*:))[ \\t]*(.*?)[ \\t]*$");

    private MetadataScanner() {}

    /** First occurrence per lower-cased key wins (spec §12). */
    static Map<String, MetadataValue> scan(MarkdownTree tree) {
        Map<String, MetadataValue> out = new LinkedHashMap<>();
        for (Node p : tree.paragraphs) {
            MarkdownTree.Span span = tree.span(p);
            int firstLine = tree.text.positionAt(span.start()).line();
            int lastLine = tree.text.positionAt(span.end()).line();
            for (int line = firstLine; line <= lastLine; line++) {
                int lineStart = Math.max(tree.text.lineStart(line), line == firstLine ? span.start() : 0);
                if (!startsBold(tree.text.text(), lineStart, tree.text.lineEnd(line))) {
                    continue; // most lines: no substring, no regex
                }
                String l = tree.text.text().substring(lineStart, tree.text.lineEnd(line));
                int indent = 0;
                while (indent < l.length() && (l.charAt(indent) == ' ' || l.charAt(indent) == '\t')) {
                    indent++;
                }
                Matcher m = LINE.matcher(l.substring(indent));
                if (!m.find()) {
                    continue;
                }
                String key = m.group(2).trim().toLowerCase(Locale.ROOT);
                String raw = m.group(3);
                int valueStart = lineStart + indent + m.start(3);
                String value = raw;
                if (value.startsWith("**") && value.indexOf("**", 2) > 0) {
                    int close = value.indexOf("**", 2);
                    value = value.substring(2, close) + value.substring(close + 2);
                    valueStart += 0;
                }
                int keyStart = lineStart + indent + 2;
                out.putIfAbsent(
                        key,
                        new MetadataValue(
                                key,
                                value.trim(),
                                tree.text.range(keyStart, keyStart + m.group(2).length()),
                                tree.text.range(valueStart, valueStart + raw.length()),
                                false));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Whether the line, after spaces and tabs, starts with {@code **}. */
    private static boolean startsBold(String text, int from, int to) {
        int i = from;
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i + 1 < to && text.charAt(i) == '*' && text.charAt(i + 1) == '*';
    }
}
