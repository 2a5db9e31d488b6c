package dev.handoffls.config;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.Problem;
import dev.handoffls.text.DocumentText;
import dev.handoffls.util.Glob;
import dev.handoffls.yaml.SafeYaml;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code .handoff.yaml}. Every key of spec §8 (plus {@code kinds}); an unknown key or a value
 * of the wrong type is a problem at its exact position and the default is kept for that key.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".handoff.yaml";
    private static final Pattern SIZE = Pattern.compile("(?i)^\\s*(\\d+)\\s*(b|kb|k|mb|m|gb|g)?\\s*$");
    /**
     * The highest {@code maxFileSize}: every document is held in memory while it is checked, so a
     * larger limit is a mistake, never a need.
     */
    public static final long MAX_FILE_SIZE_CEILING = 1L << 30;

    private static final Pattern PREFIX = Pattern.compile("^[A-Z][A-Z0-9]*$");

    private final SafeYaml yaml;
    private final List<Problem> problems = new ArrayList<>();

    private ConfigLoader(DocumentText text) {
        this.yaml = new SafeYaml(text, 0);
    }

    public static LoadedConfig load(String path, String content) {
        DocumentText text = new DocumentText(content);
        ConfigLoader loader = new ConfigLoader(text);
        HandoffConfig config = loader.read(content);
        return new LoadedConfig(path, config, List.copyOf(loader.problems));
    }

    private HandoffConfig read(String content) {
        HandoffConfig d = HandoffConfig.defaults();
        if (content.isBlank()) {
            return d;
        }
        Optional<Node> root = yaml.compose(content, problems);
        if (root.isEmpty()) {
            return d;
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            problems.add(new Problem(yaml.range(root.get()), "the configuration must be a mapping of keys (spec §8)"));
            return d;
        }
        var b = new Builder(d);
        for (NodeTuple t : mapping.getValue()) {
            String key = SafeYaml.scalar(t.getKeyNode()).orElse("");
            Node v = t.getValueNode();
            switch (key) {
                case "pipelineRoot" -> string(v, s -> b.pipelineRoot = trimSlashes(s));
                case "pipelines" ->
                    map(v, m -> {
                        Map<String, List<String>> out = new LinkedHashMap<>();
                        m.forEach((name, folders) -> stringList(
                                folders,
                                l -> out.put(
                                        name,
                                        l.stream()
                                                .map(ConfigLoader::trimSlashes)
                                                .toList())));
                        b.pipelines = out;
                    });
                case "coordinatorFolders" ->
                    stringList(
                            v,
                            l -> b.coordinatorFolders =
                                    l.stream().map(Glob::new).toList());
                case "handoffMaxLines" -> positiveInt(v, i -> b.handoffMaxLines = i);
                case "idPrefixes" ->
                    map(v, m -> {
                        Map<String, String> out = new LinkedHashMap<>();
                        m.forEach((prefix, words) -> {
                            if (!PREFIX.matcher(prefix).matches()) {
                                problems.add(new Problem(
                                        keyRange(v, prefix),
                                        "'" + prefix
                                                + "' is not a valid ID prefix: use upper-case letters (AD, R, IC…)"));
                            } else {
                                string(words, w -> out.put(prefix, w));
                            }
                        });
                        if (!out.isEmpty()) {
                            b.idPrefixes = out;
                        }
                    });
                case "idAliases" ->
                    map(v, m -> {
                        Map<String, String> out = new LinkedHashMap<>();
                        m.forEach((alias, target) -> string(target, s -> out.put(alias.toUpperCase(Locale.ROOT), s)));
                        b.idAliases = out;
                    });
                case "fileRoots" ->
                    stringList(
                            v,
                            l -> b.fileRoots =
                                    l.stream().map(ConfigLoader::trimSlashes).toList());
                case "fileExtensions" ->
                    stringList(
                            v,
                            l -> b.fileExtensions = new LinkedHashSet<>(l.stream()
                                    .map(e -> e.replaceFirst("^\\*?\\.", "").toLowerCase(Locale.ROOT))
                                    .toList()));
                // Added to the defaults: writing one glob must not start checking node_modules or templates.
                case "ignore" ->
                    stringList(
                            v,
                            l -> b.ignore = java.util.stream.Stream.concat(
                                            HandoffConfig.DEFAULT_IGNORE.stream(), l.stream())
                                    .map(Glob::new)
                                    .toList());
                case "maxFileSize" -> string(v, s -> maxFileSize(v, s).ifPresent(n -> b.maxFileSize = n));
                case "severity" ->
                    map(v, m -> {
                        Map<Code, Severity> out = new LinkedHashMap<>();
                        m.forEach((codeText, sevNode) -> {
                            Optional<Code> code = Code.parse(codeText);
                            if (code.isEmpty()) {
                                problems.add(new Problem(
                                        keyRange(v, codeText),
                                        "unknown rule code '" + codeText
                                                + "': expected a code like HL304 (see docs/rules.md)"));
                                return;
                            }
                            string(
                                    sevNode,
                                    s -> Severity.parse(s)
                                            .ifPresentOrElse(
                                                    sev -> out.put(code.get(), sev),
                                                    () -> problems.add(
                                                            new Problem(
                                                                    yaml.range(sevNode),
                                                                    "unknown severity '" + s
                                                                            + "': expected error, warning, info, hint or off"))));
                        });
                        b.severity = out;
                    });
                case "statusValues" ->
                    stringList(
                            v,
                            l -> b.statusValues = l.stream()
                                    .map(s -> s.toLowerCase(Locale.ROOT))
                                    .toList());
                case "kinds" ->
                    map(v, m -> {
                        Map<DocumentKind, List<Glob>> out = new LinkedHashMap<>();
                        m.forEach(
                                (kindText, globs) -> DocumentKind.fromId(kindText)
                                        .ifPresentOrElse(
                                                kind -> stringList(
                                                        globs,
                                                        l -> out.put(
                                                                kind,
                                                                l.stream()
                                                                        .map(Glob::new)
                                                                        .toList())),
                                                () -> problems.add(
                                                        new Problem(
                                                                keyRange(v, kindText),
                                                                "unknown document kind '" + kindText
                                                                        + "': expected l2-summary, permanent-task, directive, handoff, decision or other"))));
                        b.kinds = out;
                    });
                case "teamPrefixes" ->
                    map(v, m -> {
                        Map<String, String> out = new LinkedHashMap<>();
                        m.forEach((prefix, category) -> {
                            if (!PREFIX.matcher(prefix).matches()) {
                                problems.add(
                                        new Problem(
                                                keyRange(v, prefix),
                                                "'" + prefix
                                                        + "' is not a valid team prefix: use upper-case letters (RISK, CONS…)"));
                            } else {
                                string(
                                        category,
                                        c -> b.categoryPrefix(c)
                                                .ifPresentOrElse(
                                                        cp -> out.put(prefix, cp),
                                                        () -> problems.add(new Problem(
                                                                yaml.range(category),
                                                                "'" + c
                                                                        + "' is not a handoff category: expected one of "
                                                                        + b.idPrefixes.values()))));
                            }
                        });
                        b.teamPrefixes = out;
                    });
                case "mustTrack" ->
                    stringList(v, l -> {
                        java.util.Set<String> out = new java.util.LinkedHashSet<>();
                        for (String category : l) {
                            b.categoryPrefix(category)
                                    .ifPresentOrElse(
                                            out::add,
                                            () -> problems.add(new Problem(
                                                    yaml.range(v),
                                                    "'" + category + "' is not a handoff category: expected some of "
                                                            + b.idPrefixes.values())));
                        }
                        b.mustTrack = out;
                    });
                default ->
                    problems.add(
                            new Problem(
                                    yaml.range(t.getKeyNode()),
                                    "unknown key '" + key
                                            + "': expected one of pipelineRoot, pipelines, coordinatorFolders, handoffMaxLines, idPrefixes, "
                                            + "idAliases, fileRoots, fileExtensions, ignore, maxFileSize, severity, statusValues, kinds, teamPrefixes, mustTrack"));
            }
        }
        yaml.keys(mapping, problems);
        return b.build();
    }

    private static String trimSlashes(String s) {
        String t = s.trim();
        while (t.startsWith("./")) {
            t = t.substring(2);
        }
        while (t.endsWith("/") && t.length() > 1) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** A size in bytes between 1 and {@link #MAX_FILE_SIZE_CEILING}, or a problem on the value (and empty). */
    private Optional<Long> maxFileSize(Node v, String s) {
        Optional<BigInteger> size = parseSize(s);
        String problem = size.isEmpty()
                ? "maxFileSize '" + s + "' is not a size: write e.g. 2MB, 512KB or a byte count"
                : size.get().signum() == 0
                        ? "maxFileSize must be more than 0: a limit of 0 bytes would skip every document"
                        : size.get().compareTo(BigInteger.valueOf(MAX_FILE_SIZE_CEILING)) > 0
                                ? "maxFileSize '" + s.trim() + "' is more than the highest allowed, 1GB"
                                : null;
        if (problem != null) {
            problems.add(new Problem(yaml.range(v), problem));
            return Optional.empty();
        }
        return Optional.of(size.get().longValueExact());
    }

    /** The bytes a size stands for; a {@link BigInteger} because a user may write more digits than a long holds. */
    static Optional<BigInteger> parseSize(String s) {
        Matcher m = SIZE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        int shift = switch (unit.charAt(0)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        return Optional.of(new BigInteger(m.group(1)).shiftLeft(shift));
    }

    private dev.handoffls.text.Range keyRange(Node mapping, String key) {
        if (mapping instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (key.equals(SafeYaml.scalar(t.getKeyNode()).orElse(null))) {
                    return yaml.range(t.getKeyNode());
                }
            }
        }
        return yaml.range(mapping);
    }

    private void string(Node v, Consumer<String> sink) {
        if (v instanceof ScalarNode s) {
            sink.accept(s.getValue());
        } else {
            problems.add(new Problem(yaml.range(v), "expected a single value here, not a list or mapping"));
        }
    }

    private void positiveInt(Node v, Consumer<Integer> sink) {
        string(v, s -> {
            try {
                int n = Integer.parseInt(s.trim());
                if (n <= 0) {
                    throw new NumberFormatException();
                }
                sink.accept(n);
            } catch (NumberFormatException e) {
                problems.add(new Problem(yaml.range(v), "expected a positive whole number, found '" + s + "'"));
            }
        });
    }

    private void stringList(Node v, Consumer<List<String>> sink) {
        if (v instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                string(item, out::add);
            }
            sink.accept(out);
        } else if (v instanceof ScalarNode s && !s.getValue().isBlank()) {
            sink.accept(List.of(s.getValue()));
        } else {
            problems.add(new Problem(yaml.range(v), "expected a list of text values"));
        }
    }

    private void map(Node v, Consumer<Map<String, Node>> sink) {
        if (v instanceof MappingNode m) {
            Map<String, Node> out = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                SafeYaml.scalar(t.getKeyNode()).ifPresent(k -> out.put(k, t.getValueNode()));
            }
            sink.accept(out);
        } else {
            problems.add(new Problem(yaml.range(v), "expected a mapping of keys to values"));
        }
    }

    /** Mutable collector for one read; only {@link #build()} leaves this class. */
    private static final class Builder {
        String pipelineRoot;
        Map<String, List<String>> pipelines;
        List<Glob> coordinatorFolders;
        int handoffMaxLines;
        Map<String, String> idPrefixes;
        Map<String, String> idAliases;
        List<String> fileRoots;
        java.util.Set<String> fileExtensions;
        List<Glob> ignore;
        long maxFileSize;
        Map<Code, Severity> severity;
        List<String> statusValues;
        Map<DocumentKind, List<Glob>> kinds;
        Map<String, String> teamPrefixes;
        java.util.Set<String> mustTrack;

        Builder(HandoffConfig d) {
            pipelineRoot = d.pipelineRoot();
            pipelines = d.pipelines();
            coordinatorFolders = d.coordinatorFolders();
            handoffMaxLines = d.handoffMaxLines();
            idPrefixes = d.idPrefixes();
            idAliases = d.idAliases();
            fileRoots = d.fileRoots();
            fileExtensions = d.fileExtensions();
            ignore = d.ignore();
            maxFileSize = d.maxFileSize();
            severity = d.severity();
            statusValues = d.statusValues();
            kinds = d.kinds();
            teamPrefixes = d.teamPrefixes();
            mustTrack = d.mustTrack();
        }

        /** The ID prefix of a category named by its leading words ("Risks", "risk registry"). */
        Optional<String> categoryPrefix(String name) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            return idPrefixes.entrySet().stream()
                    .filter(e -> n.startsWith(e.getValue().toLowerCase(Locale.ROOT))
                            || e.getValue().toLowerCase(Locale.ROOT).startsWith(n) && !n.isEmpty())
                    .map(Map.Entry::getKey)
                    .findFirst();
        }

        HandoffConfig build() {
            return new HandoffConfig(
                    pipelineRoot,
                    pipelines,
                    coordinatorFolders,
                    handoffMaxLines,
                    idPrefixes,
                    idAliases,
                    fileRoots,
                    fileExtensions,
                    ignore,
                    maxFileSize,
                    severity,
                    statusValues,
                    kinds,
                    teamPrefixes,
                    mustTrack);
        }
    }
}
