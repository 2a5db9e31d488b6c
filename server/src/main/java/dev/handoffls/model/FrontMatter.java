package dev.handoffls.model;

import dev.handoffls.text.Range;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML block at the top of a document. Keys are compared ignoring case; every scalar is kept as
 * text (spec §6). {@code problems} hold parse errors and duplicate keys; {@code entries} is empty
 * when the YAML does not parse.
 */
public record FrontMatter(
        Range range,
        int firstContentLine,
        int lastContentLine,
        boolean parsed,
        Map<String, Entry> entries,
        List<Problem> problems) {

    /** One top-level key. {@code value} is null for a mapping or sequence value. */
    public record Entry(String key, Range keyRange, String value, Range valueRange) {}

    public Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key.toLowerCase(Locale.ROOT)));
    }

    public Optional<String> value(String key) {
        return get(key).map(Entry::value);
    }
}
