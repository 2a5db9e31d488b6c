package dev.handoffls.yaml;

import dev.handoffls.model.Problem;
import dev.handoffls.text.DocumentText;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Composes YAML into position-carrying nodes with a safe, bounded loader: the failsafe schema (every
 * scalar is a string, no custom types), few aliases, no recursive keys, a size cap. Duplicate keys
 * are reported as problems rather than thrown so they can be shown at their position.
 */
public final class SafeYaml {
    public static final int MAX_CODE_POINTS = 256 * 1024;
    private static final int MAX_ALIASES = 20;
    /** Deeper than any configuration or front matter; the composer recurses per level, so it is bounded first. */
    static final int MAX_DEPTH = 64;

    private final DocumentText text;
    private final int startOffset;
    private final int lineOffset;

    /**
     * @param text        the document holding the YAML
     * @param startOffset offset of the YAML's first character in {@code text}
     */
    public SafeYaml(DocumentText text, int startOffset) {
        this.text = text;
        this.startOffset = startOffset;
        this.lineOffset = text.positionAt(startOffset).line();
    }

    /** The composed root node, or empty (with a problem) when the YAML does not parse. */
    public Optional<Node> compose(String yaml, List<Problem> problems) {
        if (yaml.codePointCount(0, yaml.length()) > MAX_CODE_POINTS) {
            problems.add(new Problem(
                    rangeOfLine(0), "YAML block is larger than " + MAX_CODE_POINTS / 1024 + " KB; it is not read"));
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder()
                .setSchema(new FailsafeSchema())
                .setAllowDuplicateKeys(true)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setUseMarks(true)
                .build();
        try {
            Optional<Mark> tooDeep = mayNestTooDeep(yaml) ? tooDeep(settings, yaml) : Optional.empty();
            if (tooDeep.isPresent()) {
                problems.add(new Problem(
                        pointAt(tooDeep.get()),
                        "YAML is nested more than " + MAX_DEPTH + " levels deep; it is not read"));
                return Optional.empty();
            }
            return new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            Range r =
                    e.getProblemMark().or(e::getContextMark).map(this::pointAt).orElse(rangeOfLine(0));
            problems.add(new Problem(
                    r, "YAML does not parse: " + firstLine(e.getProblem() != null ? e.getProblem() : e.getMessage())));
        } catch (YamlEngineException e) {
            String message = firstLine(e.getMessage());
            problems.add(new Problem(
                    rangeOfLine(0),
                    message.contains("aliases")
                            ? "YAML uses more than " + MAX_ALIASES + " aliases of lists or mappings; it is not read"
                            : "YAML does not parse: " + message));
        } catch (StackOverflowError e) {
            problems.add(new Problem(rangeOfLine(0), "YAML is nested too deeply; it is not read"));
        } catch (RuntimeException e) {
            // A failure inside the YAML library (2.10 threw IndexOutOfBoundsException on an emoji at its
            // buffer's edge): the YAML is not read, and the rest of the file still is.
            problems.add(new Problem(
                    rangeOfLine(0),
                    "YAML could not be read (" + e.getClass().getSimpleName() + "); please report this"));
        }
        return Optional.empty();
    }

    /**
     * Whether the YAML could nest deeper than {@link #MAX_DEPTH}: every list or mapping it opens needs a
     * character of its own ({@code - [ : ? {}), so with no more of them than that it cannot, and the event
     * pass of {@link #tooDeep} (a second parse of every front matter) is skipped.
     */
    static boolean mayNestTooDeep(String yaml) {
        int openers = 0;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if ((c == '-' || c == '[' || c == ':' || c == '?' || c == '{') && ++openers > MAX_DEPTH) {
                return true;
            }
        }
        return false;
    }

    /** Where the YAML first opens a list or mapping deeper than {@link #MAX_DEPTH} (the parser itself does not recurse). */
    static Optional<Mark> tooDeep(LoadSettings settings, String yaml) {
        int depth = 0;
        for (Event e : new Parse(settings).parseString(yaml)) {
            if (e.getEventId() == Event.ID.MappingStart || e.getEventId() == Event.ID.SequenceStart) {
                if (++depth > MAX_DEPTH) {
                    return e.getStartMark();
                }
            } else if (e.getEventId() == Event.ID.MappingEnd || e.getEventId() == Event.ID.SequenceEnd) {
                depth--;
            }
        }
        return Optional.empty();
    }

    /** Top-level keys of a mapping, lower-cased, with duplicates (ignoring case) reported. */
    public Map<String, NodeTuple> keys(MappingNode mapping, List<Problem> problems) {
        Map<String, NodeTuple> keys = new HashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            String key = scalar(t.getKeyNode()).orElse(null);
            if (key == null) {
                problems.add(new Problem(range(t.getKeyNode()), "a key must be plain text"));
                continue;
            }
            String lower = key.toLowerCase(Locale.ROOT);
            NodeTuple first = keys.putIfAbsent(lower, t);
            if (first != null) {
                Position p = range(first.getKeyNode()).start();
                problems.add(new Problem(
                        range(t.getKeyNode()),
                        "duplicate key '" + key + "' (first defined on line " + (p.line() + 1) + "); keep one"));
            }
        }
        return keys;
    }

    public static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode s ? Optional.of(s.getValue()) : Optional.empty();
    }

    public Range range(Node node) {
        Optional<Mark> start = node.getStartMark();
        Optional<Mark> end = node.getEndMark();
        if (start.isEmpty()) {
            return rangeOfLine(0);
        }
        Position s = position(start.get());
        Position e = end.map(this::position).orElse(s);
        // Block scalars and collections end on the next line; keep the range on the node's text.
        if (e.line() > s.line() && node instanceof ScalarNode) {
            e = new Position(s.line(), text.lineEnd(s.line()) - text.lineStart(s.line()));
        }
        return new Range(s, e);
    }

    private Range pointAt(Mark mark) {
        Position p = position(mark);
        int lineEnd = text.lineEnd(Math.min(p.line(), text.lineCount() - 1))
                - text.lineStart(Math.min(p.line(), text.lineCount() - 1));
        return new Range(p, new Position(p.line(), Math.max(p.character(), lineEnd)));
    }

    /** Mark columns count code points; LSP wants UTF-16 code units. */
    private Position position(Mark mark) {
        int line = Math.min(lineOffset + mark.getLine(), text.lineCount() - 1);
        int lineStart = mark.getLine() == 0 ? startOffset : text.lineStart(line);
        String lineText = text.text().substring(lineStart, text.lineEnd(line));
        int cps = Math.min(mark.getColumn(), lineText.codePointCount(0, lineText.length()));
        int units = lineText.offsetByCodePoints(0, cps);
        return text.positionAt(lineStart + units);
    }

    private Range rangeOfLine(int relativeLine) {
        int line = Math.min(lineOffset + relativeLine, text.lineCount() - 1);
        return text.range(text.lineStart(line), text.lineEnd(line));
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").trim();
    }
}
