package dev.handoffls.parse;

import dev.handoffls.model.FrontMatter;
import dev.handoffls.model.Problem;
import dev.handoffls.text.DocumentText;
import dev.handoffls.text.Range;
import dev.handoffls.yaml.SafeYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Finds and reads the front matter block (spec §6, §12: an unclosed {@code ---} is not front matter). */
final class FrontMatterReader {
    private FrontMatterReader() {}

    static Optional<FrontMatter> read(DocumentText text) {
        if (text.lineCount() < 2 || !text.lineText(0).strip().equals("---")) {
            return Optional.empty();
        }
        int close = -1;
        for (int line = 1; line < text.lineCount(); line++) {
            String l = text.lineText(line).strip();
            if (l.equals("---") || l.equals("...")) {
                close = line;
                break;
            }
        }
        if (close < 0) {
            return Optional.empty();
        }
        Range range = text.range(0, text.lineEnd(close));
        int start = text.lineStart(1);
        String yaml = text.text().substring(start, text.lineStart(close));
        List<Problem> problems = new ArrayList<>();
        Map<String, FrontMatter.Entry> entries = new LinkedHashMap<>();
        SafeYaml safe = new SafeYaml(text, start);
        boolean parsed = false;
        if (!yaml.isBlank()) {
            Optional<Node> root = safe.compose(yaml, problems);
            if (root.isPresent()) {
                if (root.get() instanceof MappingNode mapping) {
                    parsed = true;
                    safe.keys(mapping, problems).forEach((key, tuple) -> entries.put(key, entry(safe, tuple)));
                } else {
                    problems.add(new Problem(
                            safe.range(root.get()),
                            "front matter must be a mapping of keys (key: value), not a list or a single value"));
                }
            }
        } else {
            parsed = true;
        }
        if (!problems.isEmpty()) {
            // Spec §12: no metadata findings when the front matter does not parse.
            parsed = parsed && problems.stream().allMatch(p -> p.message().startsWith("duplicate key"));
        }
        return Optional.of(new FrontMatter(range, 1, close - 1, parsed, parsed ? entries : Map.of(), problems));
    }

    private static FrontMatter.Entry entry(SafeYaml safe, NodeTuple t) {
        Node key = t.getKeyNode();
        Node value = t.getValueNode();
        String v = value instanceof ScalarNode s ? s.getValue() : null;
        return new FrontMatter.Entry(SafeYaml.scalar(key).orElse(""), safe.range(key), v, safe.range(value));
    }
}
