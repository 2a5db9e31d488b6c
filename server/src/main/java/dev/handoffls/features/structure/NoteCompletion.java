package dev.handoffls.features.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Note names inside {@code [[…}: every {@code name.md} in the workspace without its extension, once
 * per name ignoring case (wiki links resolve ignoring case, spec §5), spelled as the first file in path
 * order spells it. The closing {@code ]]} is added unless it is already there.
 */
final class NoteCompletion {
    private static final Pattern OPEN = Pattern.compile("\\[\\[([^\\[\\]|#]*)$");

    private NoteCompletion() {}

    static Optional<List<CompletionItem>> complete(CompletionContext ctx) {
        Matcher m = OPEN.matcher(ctx.before());
        if (!m.find()) {
            return Optional.empty();
        }
        String partial = m.group(1);
        String needle = partial.toLowerCase(Locale.ROOT);
        Map<String, List<String>> byName = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        for (String f : ctx.index().files()) {
            String file = f.substring(f.lastIndexOf('/') + 1);
            if (!file.endsWith(".md")) {
                continue;
            }
            String name = file.substring(0, file.length() - 3);
            String key = name.toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && key.contains(needle)) {
                spelling.putIfAbsent(key, name);
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
        String close = ctx.after().startsWith("]]") ? "" : "]]";
        return Optional.of(spelling.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .map(e -> {
                    List<String> paths = byName.get(e.getKey());
                    String detail =
                            paths.size() == 1 ? paths.get(0) : paths.get(0) + " (+" + (paths.size() - 1) + " more)";
                    return new CompletionItem(
                            e.getValue(),
                            e.getValue() + close,
                            detail,
                            "",
                            CompletionKind.NOTE,
                            ctx.around(partial.length(), 0));
                })
                .toList());
    }
}
