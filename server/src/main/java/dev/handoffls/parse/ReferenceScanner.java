package dev.handoffls.parse;

import dev.handoffls.model.LinkRef;
import dev.handoffls.model.NamedRef;
import dev.handoffls.model.PathRef;
import dev.handoffls.model.WikiLink;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/** Links, wiki links, directive inputs, and references to handoff tickets and decisions (spec §5). */
final class ReferenceScanner {
    private static final Pattern WIKI =
            Pattern.compile("\\[\\[([^\\[\\]|#\\n]+)(?:#([^\\[\\]|\\n]*))?(?:\\|[^\\[\\]\\n]*)?\\]\\]");
    private static final Pattern HANDOFF = Pattern.compile("(handoff-[A-Za-z0-9_.-]*?\\.md)(?![A-Za-z0-9_])");
    private static final Pattern DECISION = Pattern.compile("(?:Decision\\s+(\\d{3})|D-(\\d{3}))(?![A-Za-z0-9_]|-\\d)");
    private static final Pattern DIRECTIVE_INPUT = Pattern.compile("(?i)Read Phase \\S+ coordinator'?s L2 at:?\\s*");
    /** Patterns, not names: {@code handoff-task-name-YYYYMMDD.md}. */
    private static final Pattern TEMPLATE = Pattern.compile("YYYY|MMDD|XXXX|NNN");

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final MarkdownTree tree;
    private final PathTokens pathTokens;

    ReferenceScanner(MarkdownTree tree, PathTokens pathTokens) {
        this.tree = tree;
        this.pathTokens = pathTokens;
    }

    List<LinkRef> links() {
        List<LinkRef> out = new ArrayList<>();
        for (Node n : tree.links) {
            String dest = n instanceof Link l ? l.getDestination() : ((Image) n).getDestination();
            if (dest == null || dest.isBlank() || SCHEME.matcher(dest).find() || dest.startsWith("//")) {
                continue;
            }
            int hash = dest.indexOf('#');
            String path = hash < 0 ? dest : dest.substring(0, hash);
            String anchor = hash < 0 ? null : dest.substring(hash + 1);
            try {
                path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // keep the path as written
            }
            MarkdownTree.Span d = tree.destinationSpan(n);
            MarkdownTree.Span s = tree.span(n);
            int start = s.start();
            int end = s.end();
            if (d != null) {
                int at = tree.text.text().indexOf(dest, d.start());
                if (at >= 0 && at < d.end()) {
                    start = at;
                    end = at + dest.length();
                } else {
                    start = d.start();
                    end = Math.max(d.start(), d.end() - 1);
                }
            }
            out.add(new LinkRef(dest, path, anchor, tree.text.range(start, end)));
        }
        return List.copyOf(out);
    }

    /** Wiki links of the prose: {@code `[[x]]`} in inline code shows the syntax, it links nothing (spec §12). */
    List<WikiLink> wikiLinks() {
        List<WikiLink> out = new ArrayList<>();
        String text = tree.proseText();
        if (!text.contains("[[")) {
            return List.of();
        }
        Matcher m = WIKI.matcher(text);
        while (m.find()) {
            String name = m.group(1).trim();
            if (name.isEmpty()) {
                continue;
            }
            int at = m.start(1) + m.group(1).indexOf(name);
            out.add(new WikiLink(name, m.group(2), tree.text.range(at, at + name.length())));
        }
        return List.copyOf(out);
    }

    List<NamedRef> handoffRefs() {
        List<NamedRef> out = new ArrayList<>();
        scanHandoffs(tree.proseWithCode, 0, out);
        for (Node n : tree.links) {
            MarkdownTree.Span d = tree.destinationSpan(n);
            if (d != null) {
                scanHandoffs(tree.text.text().substring(d.start(), d.end()), d.start(), out);
            }
        }
        out.sort((a, b) -> a.range().start().compareTo(b.range().start()));
        return List.copyOf(out);
    }

    private void scanHandoffs(String text, int base, List<NamedRef> out) {
        if (!text.contains(MarkdownTree.HANDOFF_NAME)) {
            return;
        }
        Matcher m = HANDOFF.matcher(text);
        while (m.find()) {
            // Checked by hand rather than with a look-behind: it keeps the scan linear and cheap.
            if (m.start() > 0 && isNameChar(text.charAt(m.start() - 1), true)) {
                continue;
            }
            String name = m.group(1);
            if (name.contains("..")
                    || name.equals("handoff-.md")
                    || TEMPLATE.matcher(name).find()) {
                continue;
            }
            out.add(new NamedRef(name, tree.text.range(base + m.start(1), base + m.end(1))));
        }
    }

    List<NamedRef> decisionRefs() {
        List<NamedRef> out = new ArrayList<>();
        String text = tree.proseText();
        if (!text.contains("D-") && !text.contains("Decision")) {
            return List.of();
        }
        // Both forms start with 'D': try the pattern only there (find() would try it at every offset).
        Matcher m = DECISION.matcher(text);
        int at = text.indexOf('D');
        while (at >= 0) {
            if (!m.region(at, text.length()).lookingAt()) {
                at = text.indexOf('D', at + 1);
                continue;
            }
            if (at == 0 || !isNameChar(text.charAt(at - 1), false)) {
                String number = m.group(1) != null ? m.group(1) : m.group(2);
                out.add(new NamedRef(number, tree.text.range(m.start(), m.end())));
            }
            at = text.indexOf('D', m.end());
        }
        return List.copyOf(out);
    }

    /** {@code Read Phase N coordinator's L2 at: PATH} lines of a directive. */
    List<PathRef> directiveInputs() {
        List<PathRef> out = new ArrayList<>();
        for (int line = 0; line < tree.text.lineCount(); line++) {
            String l = tree.text.lineText(line);
            Matcher m = DIRECTIVE_INPUT.matcher(l);
            if (!m.find() || tree.prose[tree.text.lineStart(line) + m.start()] == ' ') {
                continue;
            }
            String rest = l.substring(m.end());
            boolean code = rest.startsWith("`");
            String token = code ? rest.substring(1, Math.max(1, rest.indexOf('`', 1))) : rest.split("\\s+")[0];
            int at = tree.text.lineStart(line) + m.end() + (code ? 1 : 0);
            pathTokens
                    .classify(token, code)
                    .ifPresent(k -> out.add(new PathRef(
                            k.path(),
                            tree.text.range(at + k.start(), at + k.end()),
                            PathRef.Context.DIRECTIVE_INPUT,
                            false,
                            null)));
        }
        return List.copyOf(out);
    }

    private static boolean isNameChar(char c, boolean dotCounts) {
        return Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-' || dotCounts && c == '.';
    }
}
