package dev.handoffls.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * The baseline file, {@code .handoff-baseline.json} at the workspace root by default: JSON with a
 * {@code version}, and one finding per line in a fixed order, so it diffs cleanly in review.
 *
 * <p>JSON is read with the engine's YAML library (YAML 1.2 reads JSON), so the engine needs no JSON
 * library; it is written by hand, which for this fixed shape is a few lines.
 */
public final class BaselineFile {
    public static final String DEFAULT_NAME = ".handoff-baseline.json";
    public static final int VERSION = 1;
    private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    private BaselineFile() {}

    /** A baseline file that cannot be used, with a one-line reason. */
    public static final class InvalidBaselineException extends Exception {
        public InvalidBaselineException(String message) {
            super(message);
        }
    }

    /**
     * The baseline to apply, as the command line and the editor both read it: none when the file is
     * absent; none, and a one-line reason for {@code warn}, when it cannot be read or used.
     */
    public static Baseline readOrEmpty(Path file, Consumer<String> warn) {
        if (!Files.exists(file)) {
            return Baseline.EMPTY;
        }
        try {
            return read(file);
        } catch (InvalidBaselineException e) {
            warn.accept(e.getMessage());
        } catch (IOException e) {
            warn.accept("cannot read it: " + e.getMessage());
        }
        return Baseline.EMPTY;
    }

    public static Baseline read(Path file) throws IOException, InvalidBaselineException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static void write(Path file, Baseline baseline) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, format(baseline), StandardCharsets.UTF_8);
    }

    static String format(Baseline baseline) {
        StringBuilder sb =
                new StringBuilder("{\n  \"version\": ").append(VERSION).append(",\n  \"findings\": [");
        List<BaselineEntry> entries = baseline.entries();
        for (int i = 0; i < entries.size(); i++) {
            BaselineEntry e = entries.get(i);
            sb.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"path\": ")
                    .append(quote(e.path()))
                    .append(", \"code\": ")
                    .append(quote(e.code()))
                    .append(", \"subject\": ")
                    .append(quote(e.subject()))
                    .append(", \"line\": ")
                    .append(quote(e.line()))
                    .append('}');
        }
        return sb.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    static Baseline parse(String json) throws InvalidBaselineException {
        if (json.isBlank()) {
            throw new InvalidBaselineException("the file is empty");
        }
        Object root;
        try {
            LoadSettings settings = LoadSettings.builder()
                    .setSchema(new FailsafeSchema())
                    .setCodePointLimit(MAX_CODE_POINTS)
                    .setAllowDuplicateKeys(false)
                    .build();
            root = new Load(settings).loadFromString(json);
        } catch (YamlEngineException e) {
            throw new InvalidBaselineException("not valid JSON: " + firstLine(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // The YAML library on input it was never meant for: still a corrupt file, not a crash.
            throw new InvalidBaselineException("not valid JSON: " + e.getClass().getSimpleName());
        }
        if (!(root instanceof Map<?, ?> map) || !map.containsKey("findings")) {
            throw new InvalidBaselineException("expected an object with \"version\" and \"findings\"");
        }
        if (!String.valueOf(VERSION).equals(map.get("version"))) {
            throw new InvalidBaselineException(
                    "unsupported version " + map.get("version") + " (expected " + VERSION + ")");
        }
        if (!(map.get("findings") instanceof List<?> list)) {
            throw new InvalidBaselineException("\"findings\" must be a list");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m)
                    || !(m.get("path") instanceof String path)
                    || !(m.get("code") instanceof String code)
                    || !(m.get("subject") instanceof String subject)
                    || !(m.get("line") instanceof String line)) {
                throw new InvalidBaselineException("finding " + (entries.size() + 1)
                        + " needs the strings \"path\", \"code\", \"subject\" and \"line\"");
            }
            entries.add(new BaselineEntry(path, code, subject, line));
        }
        return new Baseline(entries);
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0xfffe || c == 0xffff) {
                        // Control characters are not printable YAML, which reads the file back.
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String firstLine(String s) {
        String t = String.valueOf(s).strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
